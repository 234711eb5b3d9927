package kg.socialorder.engine;

class SubmittedValuesHistoryOnH2Test extends SubmittedValuesHistoryScenarios {}
