package kg.socialorder.tranche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit of the joint monitoring and evaluation group to the project, after a tranche's report.
 *
 * @param municipality the municipality whose contract it is
 * @param contractNumber the contract
 * @param trancheNumber the tranche reported on
 * @param visitNumber the visit of this tranche, from 1 (a tranche sent back for corrections is visited again)
 * @param visitDate the day of the visit
 * @param rating good, satisfactory or poor ({@link TrancheVariables#RATING_CODES})
 * @param expensesConfirmed whether the expenses were confirmed by documents
 * @param findings what the group found
 * @param membersPresent the members of the group who were there, by name
 * @param recordedAt when the visit was recorded
 */
public record MonitoringVisit(
    String municipality, String contractNumber, int trancheNumber, int visitNumber, LocalDate visitDate,
    String rating, boolean expensesConfirmed, String findings, List<String> membersPresent, Instant recordedAt) {

  public MonitoringVisit {
    membersPresent = List.copyOf(membersPresent);
  }

  /** The same visit as the given visit of its tranche, recorded at the given moment. */
  MonitoringVisit numbered(int number, Instant at) {
    return new MonitoringVisit(municipality, contractNumber, trancheNumber, number, visitDate, rating,
        expensesConfirmed, findings, membersPresent, at);
  }
}
