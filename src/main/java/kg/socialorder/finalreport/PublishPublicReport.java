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
import static kg.socialorder.finalreport.FinalReportVariables.REFUND_REFERENCE;
import static kg.socialorder.finalreport.FinalReportVariables.RESULTS;
import static kg.socialorder.finalreport.FinalReportVariables.TERMINATION_REASON;
import static kg.socialorder.finalreport.FinalReportVariables.TOTAL_PAID;
import static kg.socialorder.finalreport.FinalReportVariables.TOTAL_SPENT;

import java.math.BigDecimal;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.ocds.OcdsPublisher;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the public report of the contract, once: a retried or repeated job finds the report
 * already published and changes nothing. Runs as its own job (asyncBefore in the diagram).
 */
@Component("publishPublicReport")
public class PublishPublicReport implements JavaDelegate {

  private final PublicReportRegister reports;
  private final PublicReportSources sources;
  private final BusinessCalendar calendar;
  private final OcdsPublisher ocds;

  public PublishPublicReport(PublicReportRegister reports, PublicReportSources sources, BusinessCalendar calendar,
      OcdsPublisher ocds) {
    this.reports = reports;
    this.sources = sources;
    this.calendar = calendar;
    this.ocds = ocds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PUBLIC_REPORT_ID, execution.getProcessBusinessKey());
    reports.publishOnce(report(execution, sources), calendar.now().toInstant());
    ocds.finalReport(execution);
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

  private static BigDecimal money(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(((Number) value).doubleValue());
  }
}
