package kg.socialorder.finalreport;

import java.math.BigDecimal;
import java.util.List;
import kg.socialorder.finalreport.FinalReportCase.Evaluation;
import kg.socialorder.finalreport.FinalReportCase.Hearing;
import kg.socialorder.finalreport.FinalReportCase.Submission;
import org.springframework.stereotype.Component;

/**
 * Makes a final report's public report from the case record, and publishes it once (with the event
 * open data listens to): a retried or repeated publishing job finds it published and changes nothing.
 */
@Component
public class PublicReports {

  private final FinalReportRegister register;
  private final PublicReportSources sources;
  private final PublicReportPublication publication;

  public PublicReports(FinalReportRegister register, PublicReportSources sources,
      PublicReportPublication publication) {
    this.register = register;
    this.sources = sources;
    this.publication = publication;
  }

  /** Publishes the report of {@code key}, made from the case record. */
  public void publish(String key) {
    FinalReportCase record = register.find(key)
        .orElseThrow(() -> new IllegalStateException("No final report recorded under " + key));
    String municipality = record.contract().municipality();
    String contractNumber = record.contract().contractNumber();
    Hearing hearing = record.hearing();
    publication.publish(
        compose(record, sources.selection(key), sources.competition(key), sources.tranches(municipality,
            contractNumber)),
        hearing == null ? null : new PublicReportPublished.Hearing(hearing.format(), hearing.date(), hearing.place(),
            hearing.attendance(), hearing.minutes()),
        record.refund() == null ? null : record.refund().date());
  }

  /** The public report: the final report's record with the earlier stages of its theme. */
  static PublicReport compose(FinalReportCase record, PublicReport.Selection selection,
      PublicReport.Competition competition, List<PublicReport.Tranche> tranches) {
    FinalReportCase.Contract contract = record.contract();
    Submission submission = record.submission();
    Evaluation evaluation = record.evaluation();
    Hearing hearing = record.hearing();
    return new PublicReport(
        contract.businessKey(),
        contract.municipality(),
        contract.contractNumber(),
        contract.organisationName(),
        contract.outcome(),
        contract.terminationReason(),
        contract.contractAmount(),
        contract.totalPaid(),
        submission == null ? BigDecimal.ZERO : submission.totalSpent(),
        record.refunded(),
        record.refund() == null ? null : record.refund().reference(),
        submission == null ? null : submission.results(),
        submission == null ? List.of() : submission.indicators(),
        evaluation == null ? null : evaluation.rating(),
        evaluation == null ? null : evaluation.conclusions(),
        evaluation == null ? null : evaluation.recommendations(),
        hearing == null ? null : new PublicReport.Hearing(hearing.format(), hearing.date().toString(), hearing.place(),
            hearing.attendance(), hearing.minutes(), hearing.questions()),
        selection,
        competition,
        tranches);
  }
}
