package kg.socialorder.people;

import java.util.Optional;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.ResultsPublished;
import kg.socialorder.competition.Winner;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The winning NGO gets its login when the results are published, with no administrator: an account
 * of the contractors' group in the call's municipality, made from its application's contact (the
 * organisation's name, the contact address and phone), and an invitation to set its password. An
 * NGO that already has a contractor's login with that address keeps it (it now also works in this
 * municipality) and is not invited again. Written in the publication's transaction; the contract's
 * draft then offers this login as the contractor (contract/OfferContractorChoices finds it by the
 * winner's address).
 */
@Component
class WinnerInvitations {

  private static final Logger log = LoggerFactory.getLogger(WinnerInvitations.class);

  private final StaffAccounts accounts;
  private final Invitations invitations;
  private final StaffMunicipalities municipalities;

  WinnerInvitations(StaffAccounts accounts, Invitations invitations, StaffMunicipalities municipalities) {
    this.accounts = accounts;
    this.invitations = invitations;
    this.municipalities = municipalities;
  }

  @EventListener
  public void resultsPublished(ResultsPublished event) {
    CompetitionCall call = event.call();
    Winner winner = event.winner();
    String email = winner.contactEmail();
    if (email == null || !StaffImport.EMAIL.matcher(email.strip()).matches()) {
      log.warn("Call {}: the winner {} has no usable contact address; the coordinator names its login in the draft",
          call.callNumber(), winner.registrationNumber());
      return;
    }
    Optional<User> existing = accounts.byEmail(email);
    if (existing.isPresent()) {
      if (accounts.has(existing.get().getId(), Role.CONTRACTOR)) {
        accounts.grant(existing.get().getId(), Role.CONTRACTOR, call.municipality());
      } else {
        // an official's or a member's login is never made a contractor's
        log.warn("Call {}: the winner's contact address belongs to the login {}, which is not a contractor's; "
            + "no login made", call.callNumber(), existing.get().getId());
      }
      return;
    }
    String phone = winner.contactPhone() != null && StaffImport.PHONE.matcher(winner.contactPhone().strip()).matches()
        ? winner.contactPhone().strip() : null;
    User ngo = accounts.create(winner.organisationName(), email, phone, Role.CONTRACTOR, call.municipality());
    invitations.invite(ngo, call.municipality(), municipalities.now().name(call.municipality()),
        "results:" + call.callNumber());
  }
}
