package kg.socialorder.contract;

import static kg.socialorder.engine.AuthorizationChecks.withoutAuthorizationCheck;

import java.util.List;
import java.util.Optional;
import kg.socialorder.identity.Role;
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

  /**
   * Whether the address is another municipality's person's, or an NGO's, or a login of no
   * municipality with roles (the ministry's): such a person is never named a member here.
   */
  public boolean belongsElsewhere(String email, String municipality) {
    String address = email.strip().toLowerCase(java.util.Locale.ROOT);
    return withoutAuthorizationCheck(() -> identityService.createUserQuery().userEmailLike(address).list().stream()
        .filter(u -> u.getEmail() != null && u.getEmail().strip().equalsIgnoreCase(address))
        .anyMatch(u -> identityService.createUserQuery().userId(u.getId()).memberOfGroup(Role.CONTRACTOR.groupId())
            .count() > 0
            || identityService.createUserQuery().userId(u.getId()).memberOfTenant(municipality).count() == 0
                && identityService.createGroupQuery().groupMember(u.getId()).count() > 0));
  }

  public static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
