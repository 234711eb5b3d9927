package kg.socialorder.finalreport;

class FinalReportOnH2Test extends FinalReportScenarios {}
