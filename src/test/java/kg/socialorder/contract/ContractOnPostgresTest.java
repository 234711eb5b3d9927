package kg.socialorder.contract;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class ContractOnPostgresTest extends ContractScenarios {}
