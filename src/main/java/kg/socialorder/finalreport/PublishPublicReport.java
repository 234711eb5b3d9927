package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.PUBLIC_REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the public report of the contract, once, from the case record: a retried or repeated job
 * finds the report already published and changes nothing. Runs as its own job (asyncBefore in the diagram).
 */
@Component("publishPublicReport")
public class PublishPublicReport implements JavaDelegate {

  private final PublicReports reports;

  public PublishPublicReport(PublicReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PUBLIC_REPORT_ID, execution.getProcessBusinessKey());
    reports.publish(execution.getProcessBusinessKey());
  }
}
