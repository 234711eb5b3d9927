package kg.socialorder.dashboard;

class DashboardSummaryOnH2Test extends DashboardSummaryScenarios {}
