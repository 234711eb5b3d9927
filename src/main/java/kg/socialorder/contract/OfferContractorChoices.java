package kg.socialorder.contract;

import kg.socialorder.identity.Role;
import org.springframework.stereotype.Component;

/** The draft's choice of contractor: the municipality's NGO logins. */
@Component("offerContractorChoices")
class OfferContractorChoices extends OfferUserChoices {
  OfferContractorChoices(UserDirectory users) {
    super(users, Role.CONTRACTOR, ContractVariables.CONTRACTOR_OPTIONS);
  }
}
