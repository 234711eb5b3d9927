package kg.socialorder.documents;

class DocumentsInWebappsOnH2Test extends DocumentsInWebappsScenarios {}
