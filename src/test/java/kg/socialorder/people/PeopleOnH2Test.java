package kg.socialorder.people;

class PeopleOnH2Test extends PeopleScenarios {}
