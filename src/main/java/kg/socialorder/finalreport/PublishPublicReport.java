package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.CONCLUSIONS;
import static kg.socialorder.finalreport.FinalReportVariables.CONTRACT_AMOUNT;
import static kg.socialorder.finalreport.FinalReportVariables.CONTRACT_NUMBER;
import static kg.socialorder.finalreport.FinalReportVariables.CONTRACT_OUTCOME;
import static kg.socialorder.finalreport.FinalReportVariables.FINAL_RATING;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_ATTENDANCE;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_DATE;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_FORMAT;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_MINUTES;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_PLACE;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_QUESTIONS;
import static kg.socialorder.finalreport.FinalReportVariables.INDICATOR_RESULTS;
import static kg.socialorder.finalreport.FinalReportVariables.MUNICIPALITY;
import static kg.socialorder.finalreport.FinalReportVariables.ORGANISATION_NAME;
import static kg.socialorder.finalreport.FinalReportVariables.PUBLIC_REPORT_ID;
import static kg.socialorder.finalreport.FinalReportVariables.RECOMMENDATIONS;
import static kg.socialorder.finalreport.FinalReportVariables.REFUND_AMOUNT;
import static kg.socialorder.finalreport.FinalReportVariables.REFUND_DATE;
import static kg.socialorder.finalreport.FinalReportVariables.REFUND_REFERENCE;
import static kg.socialorder.finalreport.FinalReportVariables.RESULTS;
import static kg.socialorder.finalreport.FinalReportVariables.TERMINATION_REASON;
import static kg.socialorder.finalreport.FinalReportVariables.TOTAL_PAID;
import static kg.socialorder.finalreport.FinalReportVariables.TOTAL_SPENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the public report of the contract, once: a retried or repeated job finds the report
 * already published and changes nothing. Runs as its own job (asyncBefore in the diagram).
 */
@Component("publishPublicReport")
public class PublishPublicReport implements JavaDelegate {

  private final PublicReportPublication publication;
  private final PublicReportSources sources;

  public PublishPublicReport(PublicReportPublication publication, PublicReportSources sources) {
    this.publication = publication;
    this.sources = sources;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PUBLIC_REPORT_ID, execution.getProcessBusinessKey());
    PublicReport report = report(execution, sources);
    PublicReport.Hearing hearing = report.hearing();
    publication.publish(report,
        new PublicReportPublished.Hearing(hearing.format(), day(hearing.date()), hearing.place(),
            hearing.attendance(), hearing.minutes()),
        day((String) execution.getVariable(REFUND_DATE)));
  }

  private static PublicReport report(DelegateExecution execution, PublicReportSources sources) {
    String key = execution.getProcessBusinessKey();
    PublicReport.Hearing hearing = new PublicReport.Hearing(
        (String) execution.getVariable(HEARING_FORMAT),
        (String) execution.getVariable(HEARING_DATE),
        (String) execution.getVariable(HEARING_PLACE),
        ((Number) execution.getVariable(HEARING_ATTENDANCE)).longValue(),
        (String) execution.getVariable(HEARING_MINUTES),
        JsonVariables.records(execution.getVariable(HEARING_QUESTIONS), HearingQuestion.class));
    return new PublicReport(
        key,
        (String) execution.getVariable(MUNICIPALITY),
        (String) execution.getVariable(CONTRACT_NUMBER),
        (String) execution.getVariable(ORGANISATION_NAME),
        (String) execution.getVariable(CONTRACT_OUTCOME),
        (String) execution.getVariable(TERMINATION_REASON),
        money(execution, CONTRACT_AMOUNT),
        money(execution, TOTAL_PAID),
        money(execution, TOTAL_SPENT),
        money(execution, REFUND_AMOUNT),
        (String) execution.getVariable(REFUND_REFERENCE),
        (String) execution.getVariable(RESULTS),
        JsonVariables.records(execution.getVariable(INDICATOR_RESULTS), IndicatorResult.class),
        (String) execution.getVariable(FINAL_RATING),
        (String) execution.getVariable(CONCLUSIONS),
        (String) execution.getVariable(RECOMMENDATIONS),
        hearing,
        sources.selection(key),
        sources.competition(key),
        sources.tranches(key, (String) execution.getVariable(MUNICIPALITY),
            (String) execution.getVariable(CONTRACT_NUMBER)));
  }

  /** An amount as the form's check left it, exact: a number is read as its decimal text. */
  private static BigDecimal money(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal amount ? amount : new BigDecimal(value.toString());
  }

  private static LocalDate day(String iso) {
    return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
  }
}
