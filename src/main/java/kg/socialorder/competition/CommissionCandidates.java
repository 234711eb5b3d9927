package kg.socialorder.competition;

import java.util.List;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who may sit on a municipality's competition commission: members of group commission in its tenant. */
@Component
public class CommissionCandidates {

  private final IdentityService identityService;

  public CommissionCandidates(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<Option> of(String municipality) {
    return identityService.createUserQuery()
        .memberOfGroup(Role.COMMISSION.groupId())
        .memberOfTenant(municipality)
        .orderByUserId().asc()
        .list().stream()
        .map(user -> new Option(displayName(user), user.getId()))
        .toList();
  }

  static String displayName(User user) {
    String name = String.join(" ",
        user.getFirstName() == null ? "" : user.getFirstName(),
        user.getLastName() == null ? "" : user.getLastName()).strip();
    return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
  }
}
