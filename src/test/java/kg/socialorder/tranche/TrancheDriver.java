package kg.socialorder.tranche;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.contract.TranchePlan;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.procedure.ProcedureMoves;
import kg.socialorder.procedure.TrancheForms;
import kg.socialorder.procedure.TrancheForms.Expense;
import kg.socialorder.support.EngineTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Completes the steps of a tranche with the procedure's shared forms ({@link TrancheForms}) and moves
 * ({@link ProcedureMoves}), so that each test says only what is particular to its case. Used by the
 * tranche tests and by the contract tests, whose tranches it drives.
 */
public class TrancheDriver {

  // the "Баластан" contract of Kanysh-Kyya: 600 000 som in two tranches, 75 children enrolled
  public static final String MUNICIPALITY = "kanyshkyya";
  public static final String CONTRACTOR = "toskurulush";
  public static final LocalDate FIRST_PAYMENT = LocalDate.of(2026, 3, 15);
  public static final LocalDate FIRST_REPORT = LocalDate.of(2026, 6, 30);
  public static final LocalDate CONTRACT_START = LocalDate.of(2026, 3, 1);
  public static final LocalDate CONTRACT_END = LocalDate.of(2026, 12, 31);
  public static final TranchePlan PLAN = new TranchePlan(List.of(
      new PlannedTranche(1, new BigDecimal("300000.00"), FIRST_PAYMENT, FIRST_REPORT, "Мебель, 2 бөлмө, 5 тарбиячы"),
      new PlannedTranche(2, new BigDecimal("300000.00"), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 11, 30),
          "75 бала катталды")));
  public static final List<TargetIndicator> INDICATORS = List.of(
      new TargetIndicator("Бала бакчага катталган балдар", "бала", 75),
      new TargetIndicator("Жумушка алынган тарбиячылар", "адам", 5));
  public static final String LEADER = "Асан Токтосунов";

  private final ProcessEngine engine;
  private final ProcedureMoves moves;
  private final ContractRegister contracts;

  /** A driver of tranches that their contracts start. */
  public TrancheDriver(ProcessEngine engine) {
    this(engine, null);
  }

  /** A driver that also starts tranches on their own, registering their contract as its registration does. */
  public TrancheDriver(ProcessEngine engine, ContractRegister contracts) {
    this.engine = engine;
    this.moves = new ProcedureMoves(engine, new ProcedureClock(EngineTest.BISHKEK));
    this.contracts = contracts;
  }

  /**
   * Tranche {@code number} of the "Баластан" contract, started as the contract starts it: the contract is
   * in the contract register (registered here the first time, with its plan and indicators, as the
   * contract's registration step does), and the tranche gets its number, not copies of the plan.
   */
  public ProcessInstance start(String contractNumber, int number) {
    if (contracts == null) {
      throw new IllegalStateException("A tranche started on its own needs its contract in the contract register");
    }
    contracts.registerOnce(new ContractRegister.Entry(MUNICIPALITY, contractNumber, "contract " + contractNumber,
        null, "«ТОС Курулуш» КБ", CONTRACTOR, PLAN.total(), CONTRACT_START, CONTRACT_END, CONTRACT_START,
        PLAN, INDICATORS));
    return engine.getRuntimeService().startProcessInstanceByKey("tranche", contractNumber + "-" + number,
        Variables.createVariables()
            .putValue("municipality", MUNICIPALITY)
            .putValue("contractNumber", contractNumber)
            .putValue("contractorUserId", CONTRACTOR)
            .putValue("contractorName", "«ТОС Курулуш» КБ")
            .putValue("projectTitle", "Баластан")
            .putValue("trancheNumber", number)
            .putValue("monitoringGroup", json(List.of(
                Map.of("name", "kanyshkyya monitor1", "userId", "kanyshkyya.monitor1",
                    "category", "municipalitySpecialist", "chair", true),
                Map.of("name", "kanyshkyya monitor2", "userId", "kanyshkyya.monitor2",
                    "category", "councilDeputy", "chair", false),
                Map.of("name", LEADER, "category", "communityLeader", "chair", false))))
            .putValue("monitoringUserIds", "kanyshkyya.monitor1,kanyshkyya.monitor2"));
  }

  public Task task(ProcessInstance instance) {
    return moves.task(instance);
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance).getId(), variables);
  }

  /** The one job of the instance at an activity (an async step or a timer). */
  public Job job(ProcessInstance instance, String activityId) {
    return moves.job(instance.getId(), activityId);
  }

  public void runJob(ProcessInstance instance, String activityId) {
    moves.runJob(instance.getId(), activityId);
  }

  public VariableMap paymentOrder(String number, String date) {
    return TrancheForms.paymentOrder(number, LocalDate.parse(date));
  }

  /** Finance approves and the payment job runs. */
  public void pay(ProcessInstance instance, String date) {
    complete(instance, paymentOrder("ПП-" + engine.getRuntimeService().getVariable(instance.getId(), "trancheNumber"),
        date));
    runJob(instance, "RecordPayment");
  }

  /** A report with the given figures, in the order of the laid-out indicator lines; half spent on each of two lines. */
  public VariableMap report(ProcessInstance instance, double spent, long... reached) {
    return TrancheForms.report("Мебель сатылып алынды, 5 тарбиячы конкурс менен жумушка алынды",
        moves.rows(task(instance), "indicatorProgress"), Arrays.stream(reached).boxed().toList(), List.of(
            new Expense("Эмерек / Мебель", BigDecimal.valueOf(spent / 2), "2 бөлмө"),
            new Expense("Айлык акы / Зарплата", BigDecimal.valueOf(spent - spent / 2), null)));
  }

  /** A report that reaches every expectation of the tranche. */
  public VariableMap reportOnTrack(ProcessInstance instance, double spent) {
    long[] reached = moves.rows(task(instance), "indicatorProgress").stream()
        .mapToLong(line -> ((Number) castMap(line).get("expected")).longValue()).toArray();
    return report(instance, spent, reached);
  }

  public VariableMap visit(String date, String rating, boolean expensesConfirmed, String... present) {
    return TrancheForms.visit(LocalDate.parse(date), List.of(present),
        "Борбор иштейт, балдар катышат / Центр работает, дети посещают", rating, expensesConfirmed);
  }

  public VariableMap overdueDecision(String decision, String newDueDate, String comment) {
    return TrancheForms.overdueDecision(decision, day(newDueDate), comment);
  }

  public VariableMap headDecision(String decision, String newDueDate, String comment) {
    return TrancheForms.headDecision(decision, day(newDueDate), comment);
  }

  private static LocalDate day(String date) {
    return date == null ? null : LocalDate.parse(date);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
