package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.CONTRACTOR_USER_ID;
import static kg.socialorder.contract.ContractVariables.MUNICIPALITY;
import static kg.socialorder.contract.ContractVariables.WINNER;

import kg.socialorder.engine.JsonVariables;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The draft's choice of contractor: the municipality's NGO logins, the winner's chosen already when
 * a contractor's login has its contact address (the login made when the results were published, or
 * the NGO's own from before). The coordinator may still choose another.
 */
@Component("offerContractorChoices")
class OfferContractorChoices extends OfferUserChoices {

  private final UserDirectory users;

  OfferContractorChoices(UserDirectory users) {
    super(users, Role.CONTRACTOR, ContractVariables.CONTRACTOR_OPTIONS);
    this.users = users;
  }

  @Override
  public void notify(DelegateTask task) {
    super.notify(task);
    if (task.getVariable(CONTRACTOR_USER_ID) != null || task.getVariable(WINNER) == null) {
      return;
    }
    Winner winner = JsonVariables.record(task.getVariable(WINNER), Winner.class);
    users.memberByEmail(winner.contactEmail(), Role.CONTRACTOR.groupId(), (String) task.getVariable(MUNICIPALITY))
        .ifPresent(ngo -> task.getExecution().setVariable(CONTRACTOR_USER_ID, ngo.getId()));
  }
}
