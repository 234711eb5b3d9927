package kg.socialorder.competition;

class CompetitionOnH2Test extends CompetitionScenarios {}
