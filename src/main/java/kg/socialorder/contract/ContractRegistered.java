package kg.socialorder.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract is signed by both and registered: its terms, its tranches and what it must achieve.
 *
 * @param municipality the municipality that ordered
 * @param themeKey the theme's key (the contract's business key)
 * @param contractNumber its number in the municipality
 * @param winner the organisation the competition chose (absent for a contract run on its own)
 * @param contractorName the contractor as the contract names it
 * @param projectTitle the project it carries out
 * @param amount its value
 * @param start the first day of its period
 * @param end the last day of its period
 * @param signedOn the day the second party signed
 * @param tranchePlan its tranches: what is paid when, and reported by when
 * @param indicators what the project must achieve
 */
public record ContractRegistered(
    String municipality, String themeKey, String contractNumber, Winner winner, String contractorName,
    String projectTitle, BigDecimal amount, LocalDate start, LocalDate end, LocalDate signedOn,
    List<PlannedTranche> tranchePlan, List<TargetIndicator> indicators) {

  public ContractRegistered {
    tranchePlan = List.copyOf(tranchePlan);
    indicators = List.copyOf(indicators);
  }
}
