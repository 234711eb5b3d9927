package kg.socialorder.competition;

class CompetitionInTasklistOnH2Test extends CompetitionInTasklistScenarios {}
