package kg.socialorder.contract;

import static kg.socialorder.engine.AuthorizationChecks.withoutAuthorizationCheck;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who may be named on a contract: logins by group and municipality. A coordinator may not read
 * the user list (authorization is on), yet must be able to name a contractor or a monitor of the
 * municipality; so, inside the engine's command, the look-up runs without the authorization check
 * and answers only these narrow questions.
 */
@Component
public class UserDirectory {

  private final IdentityService identityService;

  public UserDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The members of a group who work in a municipality, by id. */
  public List<User> members(String groupId, String municipality) {
    return withoutAuthorizationCheck(() -> identityService.createUserQuery()
        .memberOfGroup(groupId).memberOfTenant(municipality).orderByUserId().asc().list());
  }

  /** The user, if the id names a member of the group who works in the municipality. */
  public Optional<User> member(String userId, String groupId, String municipality) {
    return withoutAuthorizationCheck(() -> Optional.ofNullable(identityService.createUserQuery()
        .userId(userId).memberOfGroup(groupId).memberOfTenant(municipality).singleResult()));
  }

  /**
   * The member of the group in the municipality whose address this is (compared without case): the
   * winner's login, made from its application's contact when the results were published.
   */
  public Optional<User> memberByEmail(String email, String groupId, String municipality) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    String address = email.strip().toLowerCase(java.util.Locale.ROOT);
    return withoutAuthorizationCheck(() -> identityService.createUserQuery().memberOfGroup(groupId)
        .memberOfTenant(municipality).list().stream()
        .filter(u -> u.getEmail() != null && u.getEmail().strip().equalsIgnoreCase(address)).findFirst());
  }
}
