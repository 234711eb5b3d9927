package kg.socialorder.mail;

class MailDeliveryOnH2Test extends MailDeliveryScenarios {}
