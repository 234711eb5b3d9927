package kg.socialorder.tranche;

import java.time.LocalDate;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.TrancheStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the tranche's steps write in the case record: the report as submitted, and the decision on it,
 * which also moves the contract's planned tranche on. Called by the steps, in their transaction.
 */
@Component
public class TrancheRecord {

  private final TrancheReportRegister reports;
  private final ContractRegister contracts;
  private final ApplicationEventPublisher events;

  public TrancheRecord(TrancheReportRegister reports, ContractRegister contracts, ApplicationEventPublisher events) {
    this.reports = reports;
    this.contracts = contracts;
    this.events = events;
  }

  public int submitted(TrancheReport report, String by) {
    int version = reports.submit(report, by);
    contracts.trancheStatus(report.municipality(), report.contractNumber(), report.trancheNumber(),
        TrancheStatus.REPORTED, null, by);
    return version;
  }

  public void accepted(String municipality, String contractNumber, int trancheNumber, LocalDate on, String by) {
    reports.decide(municipality, contractNumber, trancheNumber, ReportOutcome.ACCEPTED);
    contracts.trancheStatus(municipality, contractNumber, trancheNumber, TrancheStatus.ACCEPTED, on, by);
    events.publishEvent(new TrancheReportDecided(municipality, contractNumber, trancheNumber, ReportOutcome.ACCEPTED));
  }

  public void returnedForCorrection(String municipality, String contractNumber, int trancheNumber, String by) {
    reports.decide(municipality, contractNumber, trancheNumber, ReportOutcome.CORRECTION);
    contracts.trancheStatus(municipality, contractNumber, trancheNumber, TrancheStatus.CORRECTION, null, by);
    events.publishEvent(new TrancheReportDecided(municipality, contractNumber, trancheNumber, ReportOutcome.CORRECTION));
  }

  public void terminated(String municipality, String contractNumber, int trancheNumber, String by) {
    reports.decide(municipality, contractNumber, trancheNumber, ReportOutcome.TERMINATED);
    contracts.trancheStatus(municipality, contractNumber, trancheNumber, TrancheStatus.TERMINATED, null, by);
  }
}
