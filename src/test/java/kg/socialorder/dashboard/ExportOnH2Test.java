package kg.socialorder.dashboard;

class ExportOnH2Test extends ExportScenarios {}
