package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CAUSE_MONITORING;
import static kg.socialorder.tranche.TrancheVariables.EXPENSES_CONFIRMED;
import static kg.socialorder.tranche.TrancheVariables.FINDINGS;
import static kg.socialorder.tranche.TrancheVariables.MEMBERS_PRESENT;
import static kg.socialorder.tranche.TrancheVariables.MONITORING_GROUP;
import static kg.socialorder.tranche.TrancheVariables.MONITORING_RATING;
import static kg.socialorder.tranche.TrancheVariables.PAID_ON;
import static kg.socialorder.tranche.TrancheVariables.RATING_CODES;
import static kg.socialorder.tranche.TrancheVariables.SUSPENSION_CAUSE;
import static kg.socialorder.tranche.TrancheVariables.VISIT_DATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kg.socialorder.contract.MonitoringMember;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The monitoring group's visit: when (after the payment, not in the future), who of the group was
 * there, what they found, their rating, and whether the expenses were confirmed by documents. It
 * only checks the form; the next step (RecordMonitoringConclusion) records the visit and publishes it.
 */
@Component("validateMonitoringVisit")
public class ValidateMonitoringVisit implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ValidateMonitoringVisit(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    LocalDate visit = check.date(VISIT_DATE, task.getVariable(VISIT_DATE), true, calendar.zone());
    if (visit != null && visit.isAfter(calendar.today())) {
      check.reject(VISIT_DATE, "dateInFuture");
    } else if (visit != null && visit.isBefore(LocalDate.parse((String) task.getVariable(PAID_ON)))) {
      check.reject(VISIT_DATE, "beforePayment");
    }
    Set<String> members = JsonVariables.records(task.getVariable(MONITORING_GROUP), MonitoringMember.class).stream()
        .map(MonitoringMember::name).collect(Collectors.toSet());
    List<String> present = check.choices(MEMBERS_PRESENT, task.getVariable(MEMBERS_PRESENT), true, members);
    String findings = check.text(FINDINGS, task.getVariable(FINDINGS), true);
    String rating = check.choice(MONITORING_RATING, task.getVariable(MONITORING_RATING), true, RATING_CODES);
    boolean expensesConfirmed = check.flag(EXPENSES_CONFIRMED, task.getVariable(EXPENSES_CONFIRMED));
    check.throwIfInvalid();

    task.setVariable(VISIT_DATE, visit.toString());
    task.setVariable(MEMBERS_PRESENT, JsonVariables.json(present));
    task.setVariable(FINDINGS, findings);
    task.setVariable(MONITORING_RATING, rating);
    task.setVariable(EXPENSES_CONFIRMED, expensesConfirmed);
    // if the decision is to suspend, the head reads why from here
    task.setVariable(SUSPENSION_CAUSE, CAUSE_MONITORING);
  }
}
