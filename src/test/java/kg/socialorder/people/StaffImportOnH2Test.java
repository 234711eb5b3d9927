package kg.socialorder.people;

class StaffImportOnH2Test extends StaffImportScenarios {}
