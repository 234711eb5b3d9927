package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.BUDGET_CEILING;
import static kg.socialorder.contract.ContractVariables.CONTRACTOR_USER_ID;
import static kg.socialorder.contract.ContractVariables.CONTRACT_AMOUNT;
import static kg.socialorder.contract.ContractVariables.CONTRACT_END;
import static kg.socialorder.contract.ContractVariables.CONTRACT_NUMBER;
import static kg.socialorder.contract.ContractVariables.CONTRACT_START;
import static kg.socialorder.contract.ContractVariables.INDICATORS;
import static kg.socialorder.contract.ContractVariables.TRANCHE_PLAN;
import static kg.socialorder.contract.ContractVariables.WINNER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.identity.Role;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The coordinator's draft: an amount within the budget ceiling and the winner's request; a term;
 * tranches in date order, inside the term, adding up exactly to the amount; target indicators; and
 * the winner's login, a contractor of this municipality.
 */
@Component("validateContractDraft")
public class ValidateContractDraft implements TaskListener {

  static final int MAX_NUMBER_LENGTH = 50;
  static final int MAX_TRANCHES = 12;
  static final int MAX_INDICATORS = 20;
  static final long MAX_TARGET = 10_000_000;

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final UserDirectory users;
  private final ContractRegister register;

  public ValidateContractDraft(ValidationMessages messages, BusinessCalendar calendar, UserDirectory users,
      ContractRegister register) {
    this.messages = messages;
    this.calendar = calendar;
    this.users = users;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String municipality = task.getTenantId();
    String number = check.text(CONTRACT_NUMBER, task.getVariable(CONTRACT_NUMBER), true);
    if (number != null && number.length() > MAX_NUMBER_LENGTH) {
      check.reject(CONTRACT_NUMBER, "tooLong", MAX_NUMBER_LENGTH);
    } else if (number != null && register.isTaken(municipality, number, task.getProcessInstanceId())) {
      check.reject(CONTRACT_NUMBER, "contractNumberTaken");
    }

    BigDecimal amount = check.amount(CONTRACT_AMOUNT, task.getVariable(CONTRACT_AMOUNT), true);
    BigDecimal ceiling = MoneyVariable.read(task.getVariable(BUDGET_CEILING));
    Winner winner = JsonVariables.record(task.getVariable(WINNER), Winner.class);
    if (amount != null && amount.compareTo(ceiling) > 0) {
      check.reject(CONTRACT_AMOUNT, "exceedsBudgetCeiling", ceiling);
    }
    if (amount != null && amount.compareTo(winner.requestedAmount()) > 0) {
      check.reject(CONTRACT_AMOUNT, "exceedsRequestedAmount", winner.requestedAmount());
    }

    LocalDate start = check.date(CONTRACT_START, task.getVariable(CONTRACT_START), true, calendar.zone());
    if (start != null && start.isBefore(calendar.today())) {
      check.reject(CONTRACT_START, "dateInPast");
    }
    LocalDate end = check.date(CONTRACT_END, task.getVariable(CONTRACT_END), true, calendar.zone());
    if (start != null && end != null && !end.isAfter(start)) {
      check.reject(CONTRACT_END, "endNotAfterStart");
    }

    String contractor = check.text(CONTRACTOR_USER_ID, task.getVariable(CONTRACTOR_USER_ID), true);
    if (contractor != null && users.member(contractor, Role.CONTRACTOR.groupId(), municipality).isEmpty()) {
      check.reject(CONTRACTOR_USER_ID, "notAContractorHere", contractor);
    }

    List<PlannedTranche> tranches = tranches(task, check, amount, start, end);
    List<TargetIndicator> indicators = indicators(task, check);
    check.throwIfInvalid();

    task.setVariable(CONTRACT_NUMBER, number);
    task.setVariable(CONTRACT_AMOUNT, MoneyVariable.of(amount));
    task.setVariable(CONTRACT_START, start.toString());
    task.setVariable(CONTRACT_END, end.toString());
    task.setVariable(CONTRACTOR_USER_ID, contractor);
    task.setVariable(TRANCHE_PLAN, JsonVariables.json(tranches));
    task.setVariable(INDICATORS, JsonVariables.json(indicators));
  }

  private List<PlannedTranche> tranches(DelegateTask task, InputCheck check, BigDecimal amount,
      LocalDate start, LocalDate end) {
    List<Map<String, Object>> rows = check.records(TRANCHE_PLAN, task.getVariable(TRANCHE_PLAN), true);
    if (rows.size() > MAX_TRANCHES) {
      check.reject(TRANCHE_PLAN, "tooMany", MAX_TRANCHES);
    }
    List<PlannedTranche> tranches = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean allAmounts = true;
    PlannedTranche previous = null;
    for (int i = 0; i < rows.size(); i++) {
      String row = TRANCHE_PLAN + "[" + (i + 1) + "]";
      Map<String, Object> values = rows.get(i);
      BigDecimal trancheAmount = check.amount(row + ".amount", values.get("amount"), true);
      LocalDate paymentDate = check.date(row + ".paymentDate", values.get("paymentDate"), true, calendar.zone());
      LocalDate reportDueDate = check.date(row + ".reportDueDate", values.get("reportDueDate"), true, calendar.zone());
      String deliverables = check.text(row + ".deliverables", values.get("deliverables"), true);
      if (trancheAmount == null) {
        allAmounts = false;
      } else {
        sum = sum.add(trancheAmount);
      }
      checkWithinTerm(check, row + ".paymentDate", paymentDate, start, end);
      checkWithinTerm(check, row + ".reportDueDate", reportDueDate, start, end);
      if (paymentDate != null && reportDueDate != null && reportDueDate.isBefore(paymentDate)) {
        check.reject(row + ".reportDueDate", "reportBeforePayment");
      }
      if (previous != null && paymentDate != null && previous.paymentDate() != null
          && !paymentDate.isAfter(previous.paymentDate())) {
        check.reject(row + ".paymentDate", "notInDateOrder");
      }
      if (previous != null && reportDueDate != null && previous.reportDueDate() != null
          && !reportDueDate.isAfter(previous.reportDueDate())) {
        check.reject(row + ".reportDueDate", "notInDateOrder");
      }
      previous = new PlannedTranche(i + 1, trancheAmount, paymentDate, reportDueDate, deliverables);
      tranches.add(previous);
    }
    if (amount != null && allAmounts && !rows.isEmpty() && sum.compareTo(amount) != 0) {
      check.reject(TRANCHE_PLAN, "tranchesDoNotAddUp", sum, amount);
    }
    return tranches;
  }

  /** Only against a term that makes sense: a wrong term is reported once, on its own field. */
  private static void checkWithinTerm(InputCheck check, String field, LocalDate date, LocalDate start, LocalDate end) {
    if (date != null && start != null && end != null && end.isAfter(start)
        && (date.isBefore(start) || date.isAfter(end))) {
      check.reject(field, "outsideTerm", start, end);
    }
  }

  private List<TargetIndicator> indicators(DelegateTask task, InputCheck check) {
    List<Map<String, Object>> rows = check.records(INDICATORS, task.getVariable(INDICATORS), true);
    if (rows.size() > MAX_INDICATORS) {
      check.reject(INDICATORS, "tooMany", MAX_INDICATORS);
    }
    List<TargetIndicator> indicators = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = INDICATORS + "[" + (i + 1) + "]";
      Map<String, Object> values = rows.get(i);
      String name = check.text(row + ".name", values.get("name"), true);
      if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
        check.reject(row + ".name", "duplicateIndicator");
      }
      String unit = check.text(row + ".unit", values.get("unit"), true);
      Long target = check.wholeNumber(row + ".target", values.get("target"), true, 1, MAX_TARGET);
      indicators.add(new TargetIndicator(name, unit, target == null ? 0 : target));
    }
    return indicators;
  }
}
