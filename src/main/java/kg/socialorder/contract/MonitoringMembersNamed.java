package kg.socialorder.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinator named members of the joint monitoring and evaluation group by their e-mail address,
 * who have no monitoring login of the municipality yet. Raised inside the form's submission: a
 * listener gives each one a login of the municipality with the monitoring group (a new one with an
 * invitation, or their own login of this municipality with the group added) and answers here with
 * it, so the group's tasks reach them. Nobody answering leaves the member without a login.
 *
 * @param namedBy the coordinator's login
 */
public record MonitoringMembersNamed(String municipality, String namedBy, String processInstanceId,
    List<Named> members, Map<String, String> logins) {

  public MonitoringMembersNamed(String municipality, String namedBy, String processInstanceId, List<Named> members) {
    this(municipality, namedBy, processInstanceId, List.copyOf(members), new HashMap<>());
  }

  /** The listener's answer: the login of the member with this address. */
  public void answer(String email, String login) {
    logins.put(email, login);
  }

  public Optional<String> login(String email) {
    return Optional.ofNullable(logins.get(email));
  }

  /** A member as the coordinator wrote them. */
  public record Named(String name, String email) {}
}
