package kg.socialorder.contract;

class ContractOnH2Test extends ContractScenarios {}
