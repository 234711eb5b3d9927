package kg.socialorder.people;

class WinnerInvitationOnH2Test extends WinnerInvitationScenarios {}
