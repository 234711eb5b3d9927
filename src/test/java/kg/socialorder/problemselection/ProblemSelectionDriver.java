package kg.socialorder.problemselection;

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
 * Completes the steps of problem selection as the forms do (lists as JSON variables), so that each
 * test says only what is particular to its case.
 */
public class ProblemSelectionDriver {

  private final ProcessEngine engine;

  public ProblemSelectionDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public ProcessInstance start(String municipality, double envelope, int themesPlanned) {
    return engine.getRuntimeService().startProcessInstanceByKey("problem-selection", Variables.createVariables()
        .putValue("municipality", municipality)
        .putValue("programmeName", "Социалдык тапшырык 2026")
        .putValue("year", 2026)
        .putValue("budgetEnvelope", envelope)
        .putValue("themesPlanned", themesPlanned));
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance).getId(), variables);
  }

  public VariableMap announcement(String date, String meetingDate) {
    return Variables.createVariables()
        .putValue("announcementDate", date)
        .putValue("meetings", json(List.of(Map.of("date", meetingDate, "place", "Айылдык клуб / Сельский клуб"))))
        .putValue("informationChannels", json(List.of("noticeBoard", "villageHeads")))
        .putValue("announcementText", "Баардык тургундарды чакырабыз / Приглашаем всех жителей");
  }

  /** Problems by title; each affects "residents" and comes from a resident meeting. */
  public VariableMap problems(String... titles) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String title : titles) {
      rows.add(Map.of("title", title, "description", "", "affectedGroup", "Тургундар / Жители",
          "source", "residentMeeting"));
    }
    return Variables.createVariables().putValue("problems", json(rows));
  }

  /** Votes in the order the problems were registered. */
  public VariableMap choice(long participants, Long women, long... votes) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < votes.length; i++) {
      rows.add(Map.of("problemId", String.valueOf(i + 1), "votes", votes[i]));
    }
    VariableMap variables = Variables.createVariables()
        .putValue("votingMethod", "openVote")
        .putValue("participantsTotal", participants)
        .putValue("votes", json(rows));
    if (women != null) {
      variables.putValue("participantsWomen", women);
    }
    return variables;
  }

  /** The council approves the given problem numbers with the given budgets. */
  public VariableMap approval(ProcessInstance instance, String resolutionDate, Map<String, Double> budgets) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<?> candidates = (List<?>) JsonVariables.plain(
        engine.getRuntimeService().getVariableTyped(instance.getId(), "candidateThemes"));
    for (Object candidate : candidates) {
      Map<String, Object> row = new LinkedHashMap<>(castMap(candidate));
      Double budget = budgets.get(String.valueOf(row.get("problemId")));
      row.put("approved", budget != null);
      row.put("budget", budget);
      rows.add(row);
    }
    return Variables.createVariables()
        .putValue("councilDecision", "approve")
        .putValue("candidateThemes", json(rows))
        .putValue("resolutionNumber", "12/3")
        .putValue("resolutionDate", resolutionDate);
  }

  public VariableMap recount(String reason) {
    return Variables.createVariables().putValue("councilDecision", "recount").putValue("recountReason", reason);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
