package kg.socialorder.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import kg.socialorder.problemselection.ApprovedTheme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A theme the council approved enters competition: it gets its key, its entry in the public
 * register, and {@link ThemeEnteredCompetition} is raised in the step's transaction. Opening a theme
 * again (a retried step) changes its entry's moment only; its listeners publish once.
 */
@Service
public class ThemeEntry {

  private final OrderRegister register;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public ThemeEntry(OrderRegister register, ApplicationEventPublisher events, Clock clock) {
    this.register = register;
    this.events = events;
    this.clock = clock;
  }

  /** Registers the theme of the order and raises the event; returns the theme's key. */
  public String enterCompetition(String orderKey, ApprovedTheme theme) {
    OrderRegister.Order order = register.order(orderKey).orElseThrow(
        () -> new IllegalStateException("Social order " + orderKey + " is not registered"));
    String themeKey = ApprovedTheme.key(orderKey, theme.themeNumber());
    Instant now = clock.instant();
    register.registerTheme(orderKey, theme.themeNumber(), themeKey, theme.problem(), theme.targetGroup(),
        theme.budget() == null ? BigDecimal.ZERO : theme.budget(), now);
    events.publishEvent(new ThemeEnteredCompetition(order.municipality(), orderKey, order.programmeName(),
        themeKey, theme, now));
    return themeKey;
  }
}
