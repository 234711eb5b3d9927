package kg.socialorder.demo;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class DemoCasesOnPostgresTest extends DemoCasesScenarios {}
