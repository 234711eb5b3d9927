package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.MUNICIPALITY;

import kg.socialorder.PersonName;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Offers the coordinator's form the logins of one role in the municipality, as a variable of that
 * task alone: kept in the process, the list of every NGO's or monitor's login would be read by
 * everyone with a task in it, the contractor among them.
 */
abstract class OfferUserChoices implements TaskListener {

  private final UserDirectory users;
  private final Role role;
  private final String variable;

  OfferUserChoices(UserDirectory users, Role role, String variable) {
    this.users = users;
    this.role = role;
    this.variable = variable;
  }

  @Override
  public void notify(DelegateTask task) {
    String municipality = (String) task.getVariable(MUNICIPALITY);
    task.setVariableLocal(variable, JsonVariables.json(users.members(role.groupId(), municipality).stream()
        .map(u -> new SelectOption(PersonName.withLogin(u), u.getId()))
        .toList()));
  }
}
