package kg.socialorder.mail;

class ProcedureMailOnH2Test extends ProcedureMailScenarios {}
