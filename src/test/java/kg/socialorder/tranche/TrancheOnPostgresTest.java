package kg.socialorder.tranche;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class TrancheOnPostgresTest extends TrancheScenarios {}
