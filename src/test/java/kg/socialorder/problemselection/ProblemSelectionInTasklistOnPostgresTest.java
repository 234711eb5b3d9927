package kg.socialorder.problemselection;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class ProblemSelectionInTasklistOnPostgresTest extends ProblemSelectionInTasklistScenarios {}
