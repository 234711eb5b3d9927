package kg.socialorder.competition;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class CompetitionInTasklistOnPostgresTest extends CompetitionInTasklistScenarios {}
