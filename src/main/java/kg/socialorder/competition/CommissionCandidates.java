package kg.socialorder.competition;

import java.util.List;
import kg.socialorder.PersonName;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.IdentityService;
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
        .map(user -> new Option(PersonName.withLogin(user), user.getId()))
        .toList();
  }
}
