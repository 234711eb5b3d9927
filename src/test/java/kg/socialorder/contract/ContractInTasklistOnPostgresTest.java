package kg.socialorder.contract;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class ContractInTasklistOnPostgresTest extends ContractInTasklistScenarios {}
