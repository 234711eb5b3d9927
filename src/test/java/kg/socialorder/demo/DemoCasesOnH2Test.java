package kg.socialorder.demo;

class DemoCasesOnH2Test extends DemoCasesScenarios {}
