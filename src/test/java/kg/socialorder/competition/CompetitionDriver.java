package kg.socialorder.competition;

import static kg.socialorder.engine.JsonVariables.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives a competition as its people do: the forms' variables as Tasklist submits them (through the
 * form service, which keeps a task's own variables in the task), the
 * portal's submissions through {@link ApplicationIntake}, and jobs and timers run explicitly.
 */
public class CompetitionDriver {

  static final String TAX_AIMIRA = "02203200610056";
  static final String TAX_BALDAR = "01507201510234";
  static final String TAX_ULUKMAN = "02811200910187";
  static final String TAX_TRADER = "00904202010011";

  private final ProcessEngine engine;
  private final ApplicationIntake intake;

  public CompetitionDriver(ProcessEngine engine, ApplicationIntake intake) {
    this.engine = engine;
    this.intake = intake;
  }

  public ProcessInstance start(String municipality, double themeBudget) {
    return engine.getRuntimeService().startProcessInstanceByKey("competition", Variables.createVariables()
        .putValue("municipality", municipality)
        .putValue("themeNumber", 1)
        .putValue("problem", "Мүмкүнчүлүгү чектелген балдар үчүн борбор жок")
        .putValue("targetGroup", "Мүмкүнчүлүгү чектелген балдар / Дети с ограниченными возможностями")
        .putValue("themeBudget", themeBudget));
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  public List<Task> tasks(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).orderByTaskAssignee().asc().list();
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getFormService().submitTaskForm(task(instance).getId(), variables);
  }

  public Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  public Object jsonVariable(ProcessInstance instance, String name) {
    return JsonVariables.plain(engine.getRuntimeService().getVariableTyped(instance.getId(), name));
  }

  public String callNumber(ProcessInstance instance) {
    return (String) variable(instance, "callNumber");
  }

  /** The call as the coordinator fills it: the default criteria, a commission of the three demo members. */
  public VariableMap call(ProcessInstance instance, String municipality, double ceiling, LocalDate deadline) {
    return Variables.createVariables()
        .putValue("goal", "Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор ачуу")
        .putValue("tasks", "Имаратты оңдоо; юрист жана психолог жалдоо")
        .putValue("targetGroup", "128 бала жана алардын ата-энелери")
        .putValue("expectedResults", "Борбор иштейт, 128 бала кызмат алат")
        .putValue("termMonths", 12)
        .putValue("budgetCeiling", ceiling)
        .putValue("eligibilityRequirements", "Коммерциялык эмес уюм, кеминде 6 ай мурун катталган")
        .putValue("scoringCriteria", json(JsonVariables.plain(
            engine.getRuntimeService().getVariableTyped(instance.getId(), "scoringCriteria"))))
        .putValue("applicationDeadline", deadline.toString())
        .putValue("commissionMembers", json(List.of(
            municipality + ".commission1", municipality + ".commission2", municipality + ".commission3")))
        .putValue("commissionChair", municipality + ".commission1");
  }

  public VariableMap approval() {
    return Variables.createVariables().putValue("callDecision", "approve");
  }

  /** Runs the process's waiting async jobs (publications, the end of scoring tasks). */
  public void runJobs(ProcessInstance instance) {
    for (int i = 0; i < 20; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** The coordinator prepares the call, the head approves it, and it is published. */
  public String announce(ProcessInstance instance, String municipality, double ceiling, LocalDate deadline) {
    complete(instance, call(instance, municipality, ceiling, deadline));
    complete(instance, approval());
    runJobs(instance);
    return callNumber(instance);
  }

  /** An NGO's application as the portal's form sends it. */
  public Map<String, Object> application(String organisation, String legalForm, String taxNumber, double requested,
      String title) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("organisationName", organisation);
    form.put("legalForm", legalForm);
    form.put("taxNumber", taxNumber);
    form.put("registrationDate", "2015-06-10");
    form.put("contactPerson", "Айгүл Асанова");
    form.put("phone", "+996 555 123 456");
    form.put("email", "info@example.kg");
    form.put("projectTitle", title);
    form.put("summary", "Балдар үчүн күндүзгү борбор");
    form.put("workPlan", "1-3 ай: оңдоо; 4-12 ай: сабактар");
    form.put("requestedAmount", String.valueOf(requested));
    form.put("ownContribution", "0");
    form.put("budgetLines", List.of(Map.of("item", "Айлык акы / Зарплата", "amount", String.valueOf(requested))));
    form.put("declaredDocuments", List.copyOf(CompetitionVariables.DOCUMENT_CODES));
    form.put("declarationConfirmed", "true");
    return form;
  }

  public Registration submit(String callNumber, Map<String, Object> application) {
    return intake.submit(callNumber, application::get);
  }

  /** The coordinator types a paper application into the open registration task. */
  public void registerPaper(ProcessInstance instance, Map<String, Object> application) {
    Map<String, Object> variables = new LinkedHashMap<>(application);
    variables.put("budgetLines", json(application.get("budgetLines")));
    variables.put("declaredDocuments", json(application.get("declaredDocuments")));
    variables.put("declarationConfirmed", true);
    engine.getFormService().submitTaskForm(tasks(instance, "RegisterPaperApplication").get(0).getId(), variables);
  }

  /** The deadline passes: the clock moves past it and the timer fires. */
  public void closeCall(ProcessInstance instance) {
    fireTimer(instance, "ApplicationDeadlineReached");
  }

  public void fireTimer(ProcessInstance instance, String activity) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().activityId(activity).singleResult();
    Instant due = timer.getDuedate().toInstant();
    if (ClockUtil.getCurrentTime().toInstant().isBefore(due)) {
      ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    }
    engine.getManagementService().executeJob(timer.getId());
  }

  /** One member's sheet: every line scored {@code score}, except conflicts, which are declared and left empty. */
  public VariableMap sheet(Task task, Map<String, Integer> scoreByRegistration, Set<String> conflicts) {
    List<Map<String, Object>> declarations = new ArrayList<>();
    for (Object row : (List<?>) JsonVariables.plain(engine.getTaskService().getVariableLocalTyped(task.getId(), "conflicts"))) {
      Map<String, Object> line = new LinkedHashMap<>(castMap(row));
      line.put("conflictOfInterest", conflicts.contains((String) line.get("registrationNumber")));
      declarations.add(line);
    }
    List<Map<String, Object>> scores = new ArrayList<>();
    for (Object row : (List<?>) JsonVariables.plain(engine.getTaskService().getVariableLocalTyped(task.getId(), "scoresheet"))) {
      Map<String, Object> line = new LinkedHashMap<>(castMap(row));
      String registration = (String) line.get("registrationNumber");
      line.put("score", conflicts.contains(registration) ? null : scoreByRegistration.get(registration));
      scores.add(line);
    }
    return Variables.createVariables().putValue("conflicts", json(declarations)).putValue("scoresheet", json(scores));
  }

  /** Each member scores: members in assignee order, each with their own scores by registration number. */
  public void score(ProcessInstance instance, List<Map<String, Integer>> byMember, List<Set<String>> conflicts) {
    List<Task> sheets = tasks(instance, "ScoreApplications");
    for (int i = 0; i < sheets.size(); i++) {
      engine.getFormService().submitTaskForm(sheets.get(i).getId(), sheet(sheets.get(i), byMember.get(i), conflicts.get(i)));
    }
    runJobs(instance);
  }

  public VariableMap protocol(String winnerApplicationId, String justification) {
    VariableMap protocol = Variables.createVariables()
        .putValue("protocolNumber", "3")
        .putValue("protocolDate", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
            java.time.ZoneId.of("Asia/Bishkek")).toString())
        .putValue("winnerApplicationId", winnerApplicationId);
    if (justification != null) {
      protocol.putValue("winnerJustification", justification);
    }
    return protocol;
  }

  public VariableMap appealDecision(Task review, String decision, String reason) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Object row : (List<?>) JsonVariables.plain(engine.getTaskService().getVariableLocalTyped(review.getId(), "appeals"))) {
      Map<String, Object> line = new LinkedHashMap<>(castMap(row));
      line.put("decision", decision);
      line.put("reason", reason);
      lines.add(line);
    }
    return Variables.createVariables().putValue("appeals", json(lines));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
