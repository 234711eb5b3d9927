package kg.socialorder.engine;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class SubmittedValuesHistoryOnPostgresTest extends SubmittedValuesHistoryScenarios {}
