package kg.socialorder.order;

import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every theme has ended: the social order is closed. */
@Component("markOrderClosed")
public class MarkOrderClosed implements JavaDelegate {

  private final OrderRegister register;
  private final BusinessCalendar calendar;

  public MarkOrderClosed(OrderRegister register, BusinessCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.orderStatus(execution.getProcessBusinessKey(), OrderStatus.CLOSED, calendar.now().toInstant());
  }
}
