package kg.socialorder.ocds;

class OpenDataOnH2Test extends OpenDataScenarios {}
