package kg.socialorder.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A coordinator named members (of the competition commission, of the joint monitoring and evaluation
 * group) by their e-mail address in a form, people who have no such login of the municipality yet.
 * Raised inside the form's submission: a listener (package people) gives each one a login of the
 * municipality with the role (a new one with an invitation, or their own login of this municipality
 * with the role added) and answers here with it, so the members' tasks reach them. Nobody answering
 * leaves them without a login.
 *
 * @param namedBy the coordinator's login
 */
public record MembersNamed(Role role, String municipality, String namedBy, List<Named> members,
    Map<String, String> logins) {

  public MembersNamed(Role role, String municipality, String namedBy, List<Named> members) {
    this(role, municipality, namedBy, List.copyOf(members), new HashMap<>());
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
