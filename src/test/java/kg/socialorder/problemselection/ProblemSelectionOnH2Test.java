package kg.socialorder.problemselection;

class ProblemSelectionOnH2Test extends ProblemSelectionScenarios {}
