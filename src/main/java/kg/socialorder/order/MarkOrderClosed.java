package kg.socialorder.order;

import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Every theme has ended: the social order is closed. */
@Component("markOrderClosed")
public class MarkOrderClosed implements ExecutionListener {

  private final OrderRegister register;
  private final BusinessCalendar calendar;

  public MarkOrderClosed(OrderRegister register, BusinessCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    register.orderStatus(execution.getProcessBusinessKey(), OrderStatus.CLOSED, calendar.now().toInstant());
  }
}
