package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.INDICATORS;
import static kg.socialorder.finalreport.FinalReportVariables.INDICATOR_RESULTS;
import static kg.socialorder.finalreport.FinalReportVariables.RESULTS;
import static kg.socialorder.finalreport.FinalReportVariables.TOTAL_SPENT;
import static kg.socialorder.finalreport.FinalReportVariables.UNSPENT_AMOUNT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The contractor's final report: results, each indicator reached, and the total spent, never more
 * than was paid (as the case record has it). What is left of the payments is the amount to refund.
 */
@Component("validateFinalReport")
public class ValidateFinalReport implements TaskListener {

  private final ValidationMessages messages;
  private final FinalReportRegister register;

  public ValidateFinalReport(ValidationMessages messages, FinalReportRegister register) {
    this.messages = messages;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String results = check.text(RESULTS, task.getVariable(RESULTS), true);
    List<IndicatorTarget> targets = JsonVariables.records(task.getVariable(INDICATORS), IndicatorTarget.class);
    List<Map<String, Object>> rows = check.records(INDICATOR_RESULTS, task.getVariable(INDICATOR_RESULTS), !targets.isEmpty());
    if (rows.size() != targets.size() && !rows.isEmpty()) {
      check.reject(INDICATOR_RESULTS, "indicatorsChanged");
    }
    List<IndicatorResult> reached = new ArrayList<>();
    for (int i = 0; i < Math.min(rows.size(), targets.size()); i++) {
      IndicatorTarget target = targets.get(i);
      BigDecimal value = check.amountOrZero(INDICATOR_RESULTS + "[" + (i + 1) + "].reached",
          rows.get(i).get("reached"), true);
      reached.add(new IndicatorResult(target.name(), target.unit(), target.target(), value));
    }
    String key = task.getExecution().getProcessBusinessKey();
    BigDecimal paid = register.find(key).map(c -> c.contract().totalPaid())
        .orElseThrow(() -> new IllegalStateException("The final report " + key + " has no case record"));
    BigDecimal spent = check.amountOrZero(TOTAL_SPENT, task.getVariable(TOTAL_SPENT), true);
    if (spent != null && spent.compareTo(paid) > 0) {
      check.reject(TOTAL_SPENT, "spentAbovePaid", paid);
    }
    check.throwIfInvalid();
    register.submitted(key, results, reached, spent, Actors.of(task));

    task.setVariable(RESULTS, results);
    task.setVariable(INDICATOR_RESULTS, JsonVariables.json(reached));
    task.setVariable(TOTAL_SPENT, MoneyVariable.of(spent));
    task.setVariable(UNSPENT_AMOUNT, MoneyVariable.of(FinalReportCase.unspent(paid, spent)));
  }
}
