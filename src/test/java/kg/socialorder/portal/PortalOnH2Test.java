package kg.socialorder.portal;

class PortalOnH2Test extends PortalScenarios {}
