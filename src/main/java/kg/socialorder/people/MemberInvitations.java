package kg.socialorder.people;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import kg.socialorder.identity.MembersNamed;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Members of the competition commission or of the joint monitoring and evaluation group the
 * coordinator named by e-mail: each gets a login of the municipality with the role and an
 * invitation; one who already works in this municipality (a deputy, a specialist) keeps their login
 * and gains the role. The form's check has refused another municipality's people, NGOs and the
 * ministry's before this runs (identity/AddressOwners); it reaches no one else. Written in the
 * form's transaction: a refused submission invites no one.
 */
@Component
class MemberInvitations {

  private final StaffAccounts accounts;
  private final Invitations invitations;
  private final StaffMunicipalities municipalities;

  MemberInvitations(StaffAccounts accounts, Invitations invitations, StaffMunicipalities municipalities) {
    this.accounts = accounts;
    this.invitations = invitations;
    this.municipalities = municipalities;
  }

  @EventListener
  public void membersNamed(MembersNamed event) {
    String where = municipalities.now().name(event.municipality());
    Set<String> made = new HashSet<>();
    for (MembersNamed.Named member : event.members()) {
      Optional<User> existing = accounts.byEmail(member.email());
      if (existing.isPresent()) {
        if (accounts.municipalities(existing.get().getId()).contains(event.municipality())
            && !accounts.has(existing.get().getId(), Role.CONTRACTOR)) {
          accounts.grant(existing.get().getId(), event.role(), event.municipality());
          event.answer(member.email(), existing.get().getId());
        }
        continue;
      }
      User person = accounts.create(member.name(), member.email(), null, event.role(), event.municipality(), made);
      made.add(person.getId());
      invitations.invite(person, event.municipality(), where, event.namedBy());
      event.answer(member.email(), person.getId());
    }
  }
}
