package kg.socialorder.reliability;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class ConcurrencyOnPostgresTest extends ConcurrencyScenarios {}
