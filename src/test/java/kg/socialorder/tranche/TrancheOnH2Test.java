package kg.socialorder.tranche;

class TrancheOnH2Test extends TrancheScenarios {}
