package kg.socialorder.documents;

class DocumentsOnH2Test extends DocumentsScenarios {}
