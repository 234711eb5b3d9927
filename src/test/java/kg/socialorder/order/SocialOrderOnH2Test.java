package kg.socialorder.order;

class SocialOrderOnH2Test extends SocialOrderScenarios {}
