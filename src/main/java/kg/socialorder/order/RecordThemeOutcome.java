package kg.socialorder.order;

import static kg.socialorder.order.SocialOrderVariables.AWARDED;
import static kg.socialorder.order.SocialOrderVariables.CANCELLATION_REASON;
import static kg.socialorder.order.SocialOrderVariables.COMPETITION_OUTCOME;
import static kg.socialorder.order.SocialOrderVariables.CONTRACT_OUTCOME;
import static kg.socialorder.order.SocialOrderVariables.TERMINATED;
import static kg.socialorder.order.SocialOrderVariables.TERMINATION_REASON;
import static kg.socialorder.order.SocialOrderVariables.THEME_KEY;

import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes a theme's branch in the register: completed, ended by a terminated contract, or without a
 * contract because its competition was cancelled, with the reason.
 */
@Component("recordThemeOutcome")
public class RecordThemeOutcome implements JavaDelegate {

  private final OrderRegister register;
  private final BusinessCalendar calendar;

  public RecordThemeOutcome(OrderRegister register, BusinessCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String themeKey = (String) execution.getVariable(THEME_KEY);
    if (!AWARDED.equals(execution.getVariable(COMPETITION_OUTCOME))) {
      register.themeStatus(themeKey, ThemeStatus.CANCELLED, (String) execution.getVariable(CANCELLATION_REASON),
          calendar.now().toInstant());
    } else if (TERMINATED.equals(execution.getVariable(CONTRACT_OUTCOME))) {
      register.themeStatus(themeKey, ThemeStatus.TERMINATED, (String) execution.getVariable(TERMINATION_REASON),
          calendar.now().toInstant());
    } else {
      register.themeStatus(themeKey, ThemeStatus.COMPLETED, null, calendar.now().toInstant());
    }
  }
}
