package kg.socialorder.finalreport;

import static kg.socialorder.engine.JsonVariables.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Completes the steps of a final report as the forms do, so that each test says only what is
 * particular to its case. Used by the final report's tests and by the social order's, whose
 * themes end here.
 */
public class FinalReportDriver {

  private final ProcessEngine engine;

  public FinalReportDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance).getId(), variables);
  }

  /** The contractor's report: what was reached, in the order of the laid-out indicator lines. */
  public VariableMap finalReport(ProcessInstance instance, double spent, double... reached) {
    List<Map<String, Object>> lines = new ArrayList<>();
    List<?> laidOut = (List<?>) JsonVariables.plain(
        engine.getTaskService().getVariableTyped(task(instance).getId(), "indicatorResults"));
    for (int i = 0; i < laidOut.size(); i++) {
      Map<String, Object> line = new LinkedHashMap<>(castMap(laidOut.get(i)));
      line.put("reached", reached[i]);
      lines.add(line);
    }
    return Variables.createVariables()
        .putValue("results", "Комуз жана компьютер сабактары өттү")
        .putValue("indicatorResults", json(lines))
        .putValue("totalSpent", spent);
  }

  public VariableMap evaluation() {
    return Variables.createVariables().putValue("finalRating", "good")
        .putValue("conclusions", "Максаттар аткарылды").putValue("recommendations", "Улантуу");
  }

  public VariableMap refund(double amount, String date) {
    return Variables.createVariables().putValue("refundAmount", amount).putValue("refundDate", date)
        .putValue("refundReference", "ПП-114");
  }

  /** A people's assembly of 120 residents on {@code date}. */
  public VariableMap hearing(String date) {
    return Variables.createVariables()
        .putValue("hearingFormat", "peoplesAssembly")
        .putValue("hearingDate", date)
        .putValue("hearingPlace", "Айылдык клуб")
        .putValue("hearingAttendance", 120)
        .putValue("hearingMinutes", "Тургундар жыйынтыкты угушту")
        .putValue("hearingQuestions", json(List.of(Map.of("question", "Сабактар улантылабы?",
            "answer", "Ооба, кийинки жылы"))));
  }

  public VariableMap closing() {
    return Variables.createVariables().putValue("closingConfirmed", true);
  }

  /** The publishing job runs (it is asynchronous, so a failure is retried and never publishes twice). */
  public void publish(ProcessInstance instance) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId("PublishPublicReport").singleResult().getId());
  }

  /** From the contractor's report to the closing, everything spent, nothing to refund. */
  public void reportEverythingSpent(ProcessInstance instance, double spent, String hearingDate, double... reached) {
    complete(instance, finalReport(instance, spent, reached));
    complete(instance, evaluation());
    complete(instance, hearing(hearingDate));
    publish(instance);
    complete(instance, closing());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
