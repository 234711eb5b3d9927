package kg.socialorder.order;

import static kg.socialorder.order.SocialOrderVariables.THEME_KEY;

import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The competition awarded the theme: in the register it moves on to its contract. */
@Component("markThemeUnderContract")
public class MarkThemeUnderContract implements JavaDelegate {

  private final OrderRegister register;
  private final BusinessCalendar calendar;

  public MarkThemeUnderContract(OrderRegister register, BusinessCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.themeStatus((String) execution.getVariable(THEME_KEY), ThemeStatus.CONTRACT, null,
        calendar.now().toInstant());
  }
}
