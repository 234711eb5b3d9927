package kg.socialorder.finalreport;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The public report of a contract is published, after the public hearing.
 *
 * @param municipality the municipality that ordered
 * @param themeKey the theme's key (the final report's business key)
 * @param contractNumber the contract reported on
 * @param contractorName the contractor
 * @param results what the project achieved, as the contractor reported it
 * @param finalRating the monitoring group's final rating (may be absent)
 * @param totalPaid what the municipality paid
 * @param totalSpent what the contractor spent
 * @param refundAmount unspent money returned (zero when none)
 * @param refundedOn the day it was returned (absent when nothing was)
 * @param hearing the public accountability event
 */
public record PublicReportPublished(
    String municipality, String themeKey, String contractNumber, String contractorName, String results,
    String finalRating, BigDecimal totalPaid, BigDecimal totalSpent, BigDecimal refundAmount, LocalDate refundedOn,
    Hearing hearing) {

  /**
   * The public hearing, people's assembly or round table where the report was presented.
   *
   * @param format publicHearing, peoplesAssembly or roundTable
   * @param heldOn the day it was held
   * @param place where
   * @param attendance how many people took part
   * @param minutes what was said and decided
   */
  public record Hearing(String format, LocalDate heldOn, String place, long attendance, String minutes) {}
}
