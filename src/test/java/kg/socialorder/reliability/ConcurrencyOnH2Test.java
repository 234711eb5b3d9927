package kg.socialorder.reliability;

class ConcurrencyOnH2Test extends ConcurrencyScenarios {}
