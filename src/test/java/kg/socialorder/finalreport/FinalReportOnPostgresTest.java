package kg.socialorder.finalreport;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("embedded-postgres")
class FinalReportOnPostgresTest extends FinalReportScenarios {}
