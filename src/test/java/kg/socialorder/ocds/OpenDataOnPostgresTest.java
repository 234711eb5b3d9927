package kg.socialorder.ocds;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class OpenDataOnPostgresTest extends OpenDataScenarios {}
