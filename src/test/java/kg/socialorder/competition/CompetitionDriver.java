package kg.socialorder.competition;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.procedure.CompetitionForms;
import kg.socialorder.procedure.CompetitionForms.Applicant;
import kg.socialorder.procedure.CompetitionForms.BudgetLine;
import kg.socialorder.procedure.CompetitionForms.Call;
import kg.socialorder.procedure.ProcedureMoves;
import kg.socialorder.support.EngineTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives a competition as its people do, with the procedure's shared forms ({@link CompetitionForms})
 * and moves ({@link ProcedureMoves}): the forms' variables as Tasklist submits them (through the form
 * service, which keeps a task's own variables in the task), the portal's submissions through
 * {@link ApplicationIntake}, and jobs and timers run explicitly.
 */
public class CompetitionDriver {

  static final String TAX_AIMIRA = "02203200610056";
  static final String TAX_BALDAR = "01507201510234";
  static final String TAX_ULUKMAN = "02811200910187";
  static final String TAX_TRADER = "00904202010011";

  private final ProcessEngine engine;
  private final ApplicationIntake intake;
  private final ProcedureMoves moves;

  public CompetitionDriver(ProcessEngine engine, ApplicationIntake intake) {
    this.engine = engine;
    this.intake = intake;
    this.moves = new ProcedureMoves(engine, new ProcedureClock(EngineTest.BISHKEK));
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
    return moves.task(instance);
  }

  public List<Task> tasks(ProcessInstance instance, String key) {
    return moves.tasks(instance, key);
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getFormService().submitTaskForm(task(instance).getId(), variables);
  }

  public Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  public Object jsonVariable(ProcessInstance instance, String name) {
    return moves.variable(instance.getId(), name);
  }

  public String callNumber(ProcessInstance instance) {
    return (String) variable(instance, "callNumber");
  }

  /** The call as the coordinator fills it: the default criteria, a commission of the three demo members. */
  public VariableMap call(ProcessInstance instance, String municipality, double ceiling, LocalDate deadline) {
    return CompetitionForms.call(new Call("Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор ачуу",
            "Имаратты оңдоо; юрист жана психолог жалдоо", "128 бала жана алардын ата-энелери",
            "Борбор иштейт, 128 бала кызмат алат", 12, BigDecimal.valueOf(ceiling),
            "Коммерциялык эмес уюм, кеминде 6 ай мурун катталган"),
        jsonVariable(instance, CompetitionVariables.SCORING_CRITERIA), deadline,
        List.of(municipality + ".commission1", municipality + ".commission2", municipality + ".commission3"));
  }

  public VariableMap approval() {
    return CompetitionForms.callApproved();
  }

  /** Runs the process's waiting async jobs (publications, the end of scoring tasks). */
  public void runJobs(ProcessInstance instance) {
    moves.runJobsOf(instance.getId());
  }

  /** The coordinator prepares the call, the head approves it, and it is published. */
  public String announce(ProcessInstance instance, String municipality, double ceiling, LocalDate deadline) {
    complete(instance, call(instance, municipality, ceiling, deadline));
    complete(instance, approval());
    runJobs(instance);
    return callNumber(instance);
  }

  /** An NGO's application as the portal's form sends it: one budget line, the whole amount requested. */
  public Map<String, Object> application(String organisation, String legalForm, String taxNumber, double requested,
      String title) {
    return CompetitionForms.application(new Applicant(organisation, legalForm, taxNumber, LocalDate.of(2015, 6, 10),
        "Айгүл Асанова", "+996 555 123 456", "info@example.kg", title, "Балдар үчүн күндүзгү борбор",
        "1-3 ай: оңдоо; 4-12 ай: сабактар",
        List.of(new BudgetLine("Айлык акы / Зарплата", BigDecimal.valueOf(requested)))));
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
    moves.fireTimer(instance.getId(), activity);
  }

  /** One member's sheet: every line scored {@code score}, except conflicts, which are declared and left empty. */
  public VariableMap sheet(Task task, Map<String, Integer> scoreByRegistration, Set<String> conflicts) {
    return CompetitionForms.sheet(moves.ownRows(task, "conflicts"), moves.ownRows(task, "scoresheet"), conflicts,
        scoreByRegistration::get);
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
    return CompetitionForms.protocol("3", moves.today(), winnerApplicationId, justification);
  }

  public VariableMap appealDecision(Task review, String decision, String reason) {
    return CompetitionForms.appealDecisions(moves.ownRows(review, "appeals"), decision, reason);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
