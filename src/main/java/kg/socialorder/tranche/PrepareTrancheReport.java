package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.INDICATOR_PROGRESS;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Lays out the report form: one line per target indicator with what is expected by now, so progress
 * can only be reported on the contract's indicators, as the contract register holds them with its plan.
 * A report being corrected keeps its figures.
 */
@Component("prepareTrancheReport")
public class PrepareTrancheReport implements TaskListener {

  private final IndicatorExpectations expectations;

  public PrepareTrancheReport(IndicatorExpectations expectations) {
    this.expectations = expectations;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Long> earlier = new HashMap<>();
    JsonVariables.records(task.getVariable(INDICATOR_PROGRESS), IndicatorProgress.class)
        .forEach(line -> earlier.put(line.name(), line.reached()));
    List<IndicatorProgress> lines = expectations.lines((String) task.getVariable(MUNICIPALITY),
        (String) task.getVariable(CONTRACT_NUMBER), ((Number) task.getVariable(TRANCHE_NUMBER)).intValue());
    task.setVariable(INDICATOR_PROGRESS, JsonVariables.json(lines.stream()
        .map(l -> new IndicatorProgress(l.name(), l.unit(), l.target(), l.expected(), earlier.get(l.name())))
        .toList()));
  }
}
