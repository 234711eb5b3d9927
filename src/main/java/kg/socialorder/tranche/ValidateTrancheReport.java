package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.EXPENSES;
import static kg.socialorder.tranche.TrancheVariables.EXPENSES_TOTAL;
import static kg.socialorder.tranche.TrancheVariables.INDICATORS_ON_TRACK;
import static kg.socialorder.tranche.TrancheVariables.INDICATOR_PROGRESS;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.REPORT_ACTIVITIES;
import static kg.socialorder.tranche.TrancheVariables.REPORT_SUBMITTED_ON;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The contractor's tranche report: the activities done, the figure reached on every target
 * indicator, and the expenses by budget line, which together never exceed the tranche. Whether the
 * indicators are on track is worked out here, from the contract, for the tranche decision. The report
 * goes into the case record as the tranche's next version.
 */
@Component("validateTrancheReport")
public class ValidateTrancheReport implements TaskListener {

  static final int MAX_EXPENSE_LINES = 50;
  static final long MAX_FIGURE = 10_000_000;

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final IndicatorExpectations expectations;
  private final TrancheRecord record;
  private final ContractRegister contracts;

  public ValidateTrancheReport(ValidationMessages messages, BusinessCalendar calendar,
      IndicatorExpectations expectations, TrancheRecord record, ContractRegister contracts) {
    this.messages = messages;
    this.calendar = calendar;
    this.expectations = expectations;
    this.record = record;
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String activities = check.text(REPORT_ACTIVITIES, task.getVariable(REPORT_ACTIVITIES), true);
    List<IndicatorProgress> progress = progress(task, check);
    List<Expense> expenses = new ArrayList<>();
    List<Map<String, Object>> rows = check.records(EXPENSES, task.getVariable(EXPENSES), true);
    if (rows.size() > MAX_EXPENSE_LINES) {
      check.reject(EXPENSES, "tooMany", MAX_EXPENSE_LINES);
    }
    for (int i = 0; i < rows.size(); i++) {
      String row = EXPENSES + "[" + (i + 1) + "]";
      Map<String, Object> values = rows.get(i);
      String line = check.text(row + ".budgetLine", values.get("budgetLine"), true);
      BigDecimal amount = check.amount(row + ".amount", values.get("amount"), true);
      String description = check.text(row + ".description", values.get("description"), false);
      expenses.add(new Expense(line, amount == null ? BigDecimal.ZERO : amount, description));
    }
    int number = ((Number) task.getVariable(TRANCHE_NUMBER)).intValue();
    TrancheReport report = new TrancheReport((String) task.getVariable(MUNICIPALITY),
        (String) task.getVariable(CONTRACT_NUMBER), number, activities, progress, expenses, calendar.today());
    BigDecimal tranche = contracts.plannedTranche(report.municipality(), report.contractNumber(), number).amount();
    if (!report.withinTranche(tranche)) {
      check.reject(EXPENSES, "expensesExceedTranche", report.expensesTotal(), tranche);
    }
    check.throwIfInvalid();
    record.submitted(report, Actors.of(task));

    task.setVariable(REPORT_ACTIVITIES, activities);
    task.setVariable(INDICATOR_PROGRESS, JsonVariables.json(progress));
    task.setVariable(EXPENSES, JsonVariables.json(expenses));
    task.setVariable(EXPENSES_TOTAL, MoneyVariable.of(report.expensesTotal()));
    task.setVariable(INDICATORS_ON_TRACK, report.onTrack());
    task.setVariable(REPORT_SUBMITTED_ON, report.submittedOn().toString());
  }

  /** The figures as reported, against expectations worked out afresh (the form's are not trusted). */
  private List<IndicatorProgress> progress(DelegateTask task, InputCheck check) {
    List<IndicatorProgress> expected = expectations.lines((String) task.getVariable(MUNICIPALITY),
        (String) task.getVariable(CONTRACT_NUMBER), ((Number) task.getVariable(TRANCHE_NUMBER)).intValue());
    Map<String, Object> reached = new HashMap<>();
    List<Map<String, Object>> rows = check.records(INDICATOR_PROGRESS, task.getVariable(INDICATOR_PROGRESS), true);
    for (int i = 0; i < rows.size(); i++) {
      Object name = rows.get(i).get("name");
      if (expected.stream().noneMatch(line -> line.name().equals(name))) {
        check.reject(INDICATOR_PROGRESS + "[" + (i + 1) + "].name", "unknownIndicator", name);
      } else {
        reached.put((String) name, rows.get(i).get("reached"));
      }
    }
    List<IndicatorProgress> progress = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      IndicatorProgress line = expected.get(i);
      Long figure = check.wholeNumber(INDICATOR_PROGRESS + "[" + (i + 1) + "].reached", reached.get(line.name()),
          true, 0, MAX_FIGURE);
      progress.add(new IndicatorProgress(line.name(), line.unit(), line.target(), line.expected(), figure));
    }
    return progress;
  }
}
