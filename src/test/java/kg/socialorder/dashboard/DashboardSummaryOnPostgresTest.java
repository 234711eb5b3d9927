package kg.socialorder.dashboard;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class DashboardSummaryOnPostgresTest extends DashboardSummaryScenarios {}
