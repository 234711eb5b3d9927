package kg.socialorder.dashboard;

class DashboardOnH2Test extends DashboardScenarios {}
