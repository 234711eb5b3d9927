package kg.socialorder.people;

class InvitationOnH2Test extends InvitationScenarios {}
