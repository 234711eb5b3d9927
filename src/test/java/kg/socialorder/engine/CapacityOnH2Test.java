package kg.socialorder.engine;

class CapacityOnH2Test extends CapacityScenarios {}
