package kg.socialorder.contract;

import java.math.BigDecimal;
import java.util.Collections;
import kg.socialorder.engine.JsonVariables;

/** The organisation the competition chose, as the competition hands it over. */
public record Winner(
    String applicationId, String registrationNumber, String organisationName, String legalForm,
    String taxNumber, String projectTitle, BigDecimal requestedAmount, String contactEmail) {

  /** The winner as a variable holds it. */
  public static Winner of(Object variable) {
    return JsonVariables.records(Collections.singletonList(JsonVariables.plain(variable)), Winner.class).get(0);
  }
}
