package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.INDICATORS;
import static kg.socialorder.finalreport.FinalReportVariables.INDICATOR_RESULTS;

import java.util.List;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Lays out the final report form: one line per target indicator, to fill in what was reached. */
@Component("prepareIndicatorResults")
public class PrepareIndicatorResults implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<IndicatorResult> lines = JsonVariables.records(task.getVariable(INDICATORS), IndicatorTarget.class).stream()
        .map(i -> new IndicatorResult(i.name(), i.unit(), i.target(), null))
        .toList();
    task.setVariable(INDICATOR_RESULTS, JsonVariables.json(lines));
  }
}
