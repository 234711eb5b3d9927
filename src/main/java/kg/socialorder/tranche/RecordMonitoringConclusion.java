package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.EXPENSES_CONFIRMED;
import static kg.socialorder.tranche.TrancheVariables.FINDINGS;
import static kg.socialorder.tranche.TrancheVariables.MEMBERS_PRESENT;
import static kg.socialorder.tranche.TrancheVariables.MONITORING_RATING;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.VISIT_DATE;

import java.time.LocalDate;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the monitoring group's visit, as its form was validated, in the case record and publishes
 * the group's conclusion, right after the visit's task and in its transaction.
 */
@Component("recordMonitoringConclusion")
public class RecordMonitoringConclusion implements JavaDelegate {

  private final MonitoringVisits visits;

  public RecordMonitoringConclusion(MonitoringVisits visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    visits.record(execution.getProcessBusinessKey(), new MonitoringVisit(
        (String) execution.getVariable(MUNICIPALITY),
        (String) execution.getVariable(CONTRACT_NUMBER),
        ((Number) execution.getVariable(TRANCHE_NUMBER)).intValue(),
        0,
        LocalDate.parse((String) execution.getVariable(VISIT_DATE)),
        (String) execution.getVariable(MONITORING_RATING),
        Boolean.TRUE.equals(execution.getVariable(EXPENSES_CONFIRMED)),
        (String) execution.getVariable(FINDINGS),
        JsonVariables.records(execution.getVariable(MEMBERS_PRESENT), String.class),
        null), execution.getProcessInstanceId());
  }
}
