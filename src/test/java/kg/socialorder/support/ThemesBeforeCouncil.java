package kg.socialorder.support;

import java.time.LocalDate;
import java.util.Map;
import kg.socialorder.problemselection.ProblemSelectionDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A problem selection of one municipality waiting for its council: the task "approve the themes"
 * is offered to every deputy, as the approval form would be sent from Tasklist.
 */
public record ThemesBeforeCouncil(ProcessInstance instance, String taskId, Map<String, Object> approval) {

  public static ThemesBeforeCouncil of(ProcessEngine engine, String municipality, LocalDate today) {
    ProblemSelectionDriver selections = new ProblemSelectionDriver(engine);
    ProcessInstance selection = selections.start(municipality, 400_000, 1);
    selections.complete(selection, selections.announcement(today.toString(), today.plusDays(7).toString()));
    selections.complete(selection, selections.problems("Балдар бакчасы", "Суу түтүгү"));
    selections.complete(selection, selections.choice(300, 150L, 200, 100));
    String taskId = selections.task(selection).getId();
    Map<String, Object> approval = Map.of("variables", WebappClient.asTasklistSends(
        selections.approval(selection, today.toString(), Map.of("1", 200_000.0))));
    return new ThemesBeforeCouncil(selection, taskId, approval);
  }
}
