package kg.socialorder.contract;

class ContractInTasklistOnH2Test extends ContractInTasklistScenarios {}
