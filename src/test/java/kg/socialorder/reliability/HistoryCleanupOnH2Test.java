package kg.socialorder.reliability;

class HistoryCleanupOnH2Test extends HistoryCleanupScenarios {}
