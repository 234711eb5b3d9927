package kg.socialorder.people;

class MemberInvitationOnH2Test extends MemberInvitationScenarios {}
