package kg.socialorder.competition;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class CompetitionOnPostgresTest extends CompetitionScenarios {}
