package kg.socialorder.documents;

class GeneratedPapersOnH2Test extends GeneratedPapersScenarios {}
