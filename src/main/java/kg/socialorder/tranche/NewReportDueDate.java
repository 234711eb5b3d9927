package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.NEW_REPORT_DUE_DATE;

import java.time.LocalDate;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A new report deadline given by an official (an extension, or a continuation after suspension):
 * after today and within the contract's term, as the contract register has it.
 */
@Component
public class NewReportDueDate {

  private final BusinessCalendar calendar;
  private final ReportDeadline deadline;
  private final ContractRegister contracts;

  public NewReportDueDate(BusinessCalendar calendar, ReportDeadline deadline, ContractRegister contracts) {
    this.calendar = calendar;
    this.deadline = deadline;
    this.contracts = contracts;
  }

  public LocalDate read(DelegateTask task, InputCheck check) {
    LocalDate due = check.date(NEW_REPORT_DUE_DATE, task.getVariable(NEW_REPORT_DUE_DATE), true, calendar.zone());
    LocalDate contractEnd = contracts.endDate((String) task.getVariable(MUNICIPALITY),
        (String) task.getVariable(CONTRACT_NUMBER));
    if (due != null && !due.isAfter(calendar.today())) {
      check.reject(NEW_REPORT_DUE_DATE, "notAfterToday");
    } else if (due != null && due.isAfter(contractEnd)) {
      check.reject(NEW_REPORT_DUE_DATE, "afterContractEnd", contractEnd);
    }
    return due;
  }

  public void apply(DelegateTask task, LocalDate due) {
    task.setVariable(NEW_REPORT_DUE_DATE, due.toString());
    deadline.set(task, deadline.endOf(due));
  }
}
