package kg.socialorder.order;

import static kg.socialorder.problemselection.ProblemSelectionVariables.BUDGET_ENVELOPE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.MUNICIPALITY;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROGRAMME_NAME;
import static kg.socialorder.problemselection.ProblemSelectionVariables.YEAR;

import java.math.BigDecimal;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Enters a newly started social order in the public register. */
@Component("registerSocialOrder")
public class RegisterSocialOrder implements JavaDelegate {

  private final OrderRegister register;
  private final BusinessCalendar calendar;

  public RegisterSocialOrder(OrderRegister register, BusinessCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.registerOrder(execution.getProcessBusinessKey(), (String) execution.getVariable(MUNICIPALITY),
        ((Number) execution.getVariable(YEAR)).intValue(), (String) execution.getVariable(PROGRAMME_NAME),
        MoneyVariable.read(execution.getVariable(BUDGET_ENVELOPE)),
        calendar.now().toInstant());
  }
}
