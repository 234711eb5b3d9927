package kg.socialorder.contract;

import kg.socialorder.identity.Role;
import org.springframework.stereotype.Component;

/** The monitoring group's members: the municipality's monitoring logins. */
@Component("offerMonitorChoices")
class OfferMonitorChoices extends OfferUserChoices {
  OfferMonitorChoices(UserDirectory users) {
    super(users, Role.MONITORING, ContractVariables.MONITORING_USER_OPTIONS);
  }
}
