package kg.socialorder.tranche;

import static kg.socialorder.engine.JsonVariables.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Completes the steps of a tranche as the forms do, so that each test says only what is particular
 * to its case. Used by the tranche tests and by the contract tests, whose tranches it drives.
 */
public class TrancheDriver {

  // the "Баластан" contract of Kanysh-Kyya: 600 000 som in two tranches, 75 children enrolled
  public static final String MUNICIPALITY = "kanyshkyya";
  public static final String CONTRACTOR = "toskurulush";
  public static final LocalDate FIRST_PAYMENT = LocalDate.of(2026, 3, 15);
  public static final LocalDate FIRST_REPORT = LocalDate.of(2026, 6, 30);
  public static final LocalDate CONTRACT_END = LocalDate.of(2026, 12, 31);
  public static final String LEADER = "Асан Токтосунов";

  private final ProcessEngine engine;

  public TrancheDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Tranche {@code number} of the "Баластан" contract, started as the contract starts it. */
  public ProcessInstance start(String contractNumber, int number) {
    List<Map<String, Object>> plan = List.of(
        Map.of("number", 1, "amount", 300_000, "paymentDate", FIRST_PAYMENT.toString(),
            "reportDueDate", FIRST_REPORT.toString(), "deliverables", "Мебель, 2 бөлмө, 5 тарбиячы"),
        Map.of("number", 2, "amount", 300_000, "paymentDate", "2026-07-10", "reportDueDate", "2026-11-30",
            "deliverables", "75 бала катталды"));
    return engine.getRuntimeService().startProcessInstanceByKey("tranche", contractNumber + "-" + number,
        Variables.createVariables()
            .putValue("municipality", MUNICIPALITY)
            .putValue("contractNumber", contractNumber)
            .putValue("contractAmount", 600_000.0)
            .putValue("contractEnd", CONTRACT_END.toString())
            .putValue("contractorUserId", CONTRACTOR)
            .putValue("contractorName", "«ТОС Курулуш» КБ")
            .putValue("projectTitle", "Баластан")
            .putValue("tranchePlan", json(plan))
            .putValue("tranche", json(plan.get(number - 1)))
            .putValue("indicators", json(List.of(
                Map.of("name", "Бала бакчага катталган балдар", "unit", "бала", "target", 75),
                Map.of("name", "Жумушка алынган тарбиячылар", "unit", "адам", "target", 5))))
            .putValue("monitoringGroup", json(List.of(
                Map.of("name", "kanyshkyya monitor1", "userId", "kanyshkyya.monitor1",
                    "category", "municipalitySpecialist", "chair", true),
                Map.of("name", "kanyshkyya monitor2", "userId", "kanyshkyya.monitor2",
                    "category", "councilDeputy", "chair", false),
                Map.of("name", LEADER, "category", "communityLeader", "chair", false))))
            .putValue("monitoringUserIds", "kanyshkyya.monitor1,kanyshkyya.monitor2"));
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance).getId(), variables);
  }

  /** The one job of the instance at an activity (an async step or a timer). */
  public Job job(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
  }

  public void runJob(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(job(instance, activityId).getId());
  }

  public VariableMap paymentOrder(String number, String date) {
    return Variables.createVariables().putValue("paymentOrderNumber", number)
        .putValue("paymentOrderDate", date).putValue("paymentApproved", true);
  }

  /** Finance approves and the payment job runs. */
  public void pay(ProcessInstance instance, String date) {
    complete(instance, paymentOrder("ПП-" + engine.getRuntimeService().getVariable(instance.getId(), "trancheNumber"),
        date));
    runJob(instance, "RecordPayment");
  }

  /** A report with the given figures, in the order of the laid-out indicator lines. */
  public VariableMap report(ProcessInstance instance, double spent, long... reached) {
    List<Map<String, Object>> lines = new ArrayList<>();
    List<?> laidOut = (List<?>) JsonVariables.plain(
        engine.getTaskService().getVariableTyped(task(instance).getId(), "indicatorProgress"));
    for (int i = 0; i < laidOut.size(); i++) {
      Map<String, Object> line = new LinkedHashMap<>(castMap(laidOut.get(i)));
      line.put("reached", reached[i]);
      lines.add(line);
    }
    return Variables.createVariables()
        .putValue("reportActivities", "Мебель сатылып алынды, 5 тарбиячы конкурс менен жумушка алынды")
        .putValue("indicatorProgress", json(lines))
        .putValue("expenses", json(List.of(
            Map.of("budgetLine", "Эмерек / Мебель", "amount", spent / 2, "description", "2 бөлмө"),
            Map.of("budgetLine", "Айлык акы / Зарплата", "amount", spent - spent / 2))));
  }

  /** A report that reaches every expectation of the tranche. */
  public VariableMap reportOnTrack(ProcessInstance instance, double spent) {
    List<?> laidOut = (List<?>) JsonVariables.plain(
        engine.getTaskService().getVariableTyped(task(instance).getId(), "indicatorProgress"));
    long[] reached = laidOut.stream().mapToLong(line -> ((Number) castMap(line).get("expected")).longValue()).toArray();
    return report(instance, spent, reached);
  }

  public VariableMap visit(String date, String rating, boolean expensesConfirmed, String... present) {
    return Variables.createVariables()
        .putValue("visitDate", date)
        .putValue("membersPresent", json(List.of(present)))
        .putValue("findings", "Борбор иштейт, балдар катышат / Центр работает, дети посещают")
        .putValue("monitoringRating", rating)
        .putValue("expensesConfirmed", expensesConfirmed);
  }

  public VariableMap overdueDecision(String decision, String newDueDate, String comment) {
    return Variables.createVariables().putValue("overdueDecision", decision)
        .putValue("newReportDueDate", newDueDate).putValue("overdueComment", comment);
  }

  public VariableMap headDecision(String decision, String newDueDate, String comment) {
    return Variables.createVariables().putValue("headDecision", decision)
        .putValue("newReportDueDate", newDueDate).putValue("headComment", comment);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
