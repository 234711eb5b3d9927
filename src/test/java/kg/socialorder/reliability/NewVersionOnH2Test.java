package kg.socialorder.reliability;

class NewVersionOnH2Test extends NewVersionScenarios {}
