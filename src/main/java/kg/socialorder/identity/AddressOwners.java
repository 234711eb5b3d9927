package kg.socialorder.identity;

import static kg.socialorder.engine.AuthorizationChecks.withoutAuthorizationCheck;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Whose an e-mail address is, for the forms where a coordinator names commission or monitoring-group
 * members by address: a person of another municipality, an NGO or the ministry is never made a member
 * of this one. Runs without the engine's authorization check (a coordinator may not list users) and
 * answers only this question.
 */
@Component
public class AddressOwners {

  private final IdentityService identity;

  public AddressOwners(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * Whether the address (compared without case) is a login's that works in another municipality and
   * not this one, or an NGO's, or one of no municipality with roles (the ministry's).
   */
  public boolean belongsElsewhere(String email, String municipality) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    return withoutAuthorizationCheck(() -> identity.createUserQuery().userEmailLike(address).list().stream()
        .filter(u -> u.getEmail() != null && u.getEmail().strip().equalsIgnoreCase(address))
        .anyMatch(u -> identity.createUserQuery().userId(u.getId()).memberOfGroup(Role.CONTRACTOR.groupId()).count() > 0
            || identity.createUserQuery().userId(u.getId()).memberOfTenant(municipality).count() == 0
                && identity.createGroupQuery().groupMember(u.getId()).count() > 0));
  }
}
