package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACTOR_USER_ID;
import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.REPORT_DUE_DATE;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;

import kg.socialorder.PublicFormat;
import kg.socialorder.contract.Notification;
import kg.socialorder.contract.Notifications;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminds the contractor that the report is due soon: a notification, and a comment on the
 * contractor's task where Tasklist shows it. Runs as its own job with retries; one reminder per
 * due date, however often it runs. A report submitted meanwhile needs no reminder.
 */
@Component("sendReportReminder")
public class SendReportReminder implements JavaDelegate {

  static final String KIND = "reportReminder";
  static final String REPORT_TASK = "SubmitTrancheReport";

  private final Notifications notifications;
  private final TaskService taskService;

  public SendReportReminder(Notifications notifications, TaskService taskService) {
    this.notifications = notifications;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task report = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(REPORT_TASK).singleResult();
    if (report == null) {
      return;
    }
    Object number = execution.getVariable(TRANCHE_NUMBER);
    Object contract = execution.getVariable(CONTRACT_NUMBER);
    Object due = execution.getVariable(REPORT_DUE_DATE);
    String dueDay = PublicFormat.day(String.valueOf(due));
    String text = "Келишим № " + contract + ", " + number + "-транш: отчетту " + dueDay + " чейин тапшырыңыз. / "
        + "Договор № " + contract + ", транш " + number + ": сдайте отчёт до " + dueDay + ".";
    boolean sent = notifications.sendOnce(new Notification(
        KIND + ":" + execution.getProcessInstanceId() + ":" + due,
        (String) execution.getVariable(MUNICIPALITY), KIND, (String) execution.getVariable(CONTRACTOR_USER_ID),
        "Отчеттун мөөнөтү жакындады / Приближается срок отчёта", text, execution.getProcessInstanceId()));
    if (sent) {
      taskService.createComment(report.getId(), execution.getProcessInstanceId(), text);
    }
  }
}
