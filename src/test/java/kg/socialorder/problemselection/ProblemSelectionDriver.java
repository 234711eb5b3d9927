package kg.socialorder.problemselection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.procedure.OrderForms;
import kg.socialorder.procedure.SelectionForms;
import kg.socialorder.procedure.SelectionForms.Meeting;
import kg.socialorder.procedure.SelectionForms.Problem;
import kg.socialorder.procedure.SelectionForms.ThemeApproval;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Completes the steps of problem selection with the procedure's shared forms ({@link SelectionForms}),
 * so that each test says only what is particular to its case.
 */
public class ProblemSelectionDriver {

  private final ProcessEngine engine;

  public ProblemSelectionDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public ProcessInstance start(String municipality, double envelope, int themesPlanned) {
    return engine.getRuntimeService().startProcessInstanceByKey("problem-selection",
        OrderForms.start("Социалдык тапшырык 2026", 2026, BigDecimal.valueOf(envelope), themesPlanned)
            .putValue("municipality", municipality));
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance).getId(), variables);
  }

  public VariableMap announcement(String date, String meetingDate) {
    return SelectionForms.announcement(LocalDate.parse(date),
        List.of(new Meeting(LocalDate.parse(meetingDate), "Айылдык клуб / Сельский клуб")),
        List.of("noticeBoard", "villageHeads"), "Баардык тургундарды чакырабыз / Приглашаем всех жителей");
  }

  /** Problems by title; each affects "residents" and comes from a resident meeting. */
  public VariableMap problems(String... titles) {
    return SelectionForms.problems(Arrays.stream(titles)
        .map(title -> new Problem(title, "", "Тургундар / Жители", "residentMeeting")).toList());
  }

  /** Votes in the order the problems were registered. */
  public VariableMap choice(long participants, Long women, long... votes) {
    return SelectionForms.choice(participants, women, Arrays.stream(votes).boxed().toList());
  }

  /** The council approves the given problem numbers with the given budgets. */
  public VariableMap approval(ProcessInstance instance, String resolutionDate, Map<String, Double> budgets) {
    List<?> candidates = (List<?>) JsonVariables.plain(
        engine.getRuntimeService().getVariableTyped(instance.getId(), "candidateThemes"));
    return SelectionForms.approval(candidates, candidate -> {
      Double budget = budgets.get(String.valueOf(candidate.get("problemId")));
      return budget == null ? null : new ThemeApproval(BigDecimal.valueOf(budget), null);
    }, "12/3", LocalDate.parse(resolutionDate));
  }

  public VariableMap recount(String reason) {
    return SelectionForms.recount(reason);
  }
}
