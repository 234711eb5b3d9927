package kg.socialorder.order;

import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The council approved the themes: the social order is under way. */
@Component("markOrderUnderWay")
public class MarkOrderUnderWay implements JavaDelegate {

  private final OrderRegister register;
  private final BusinessCalendar calendar;

  public MarkOrderUnderWay(OrderRegister register, BusinessCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.orderStatus(execution.getProcessBusinessKey(), OrderStatus.IMPLEMENTATION, calendar.now().toInstant());
  }
}
