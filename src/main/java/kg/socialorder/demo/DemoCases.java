package kg.socialorder.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.order.OrderRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the real cases ({@link RealCases}) as social orders at their stages when the demo starts, after
 * the groups and demo users exist, so that Tasklist, Cockpit and the portal show a living picture.
 * A case is loaded once: an order of its municipality with its programme name means it is there.
 * Each case loads in one transaction, so a case is there entirely or not at all, and the job
 * executor never sees it half-way. The engine clock is moved through each case's days and reset.
 */
@Component
@Profile("demo")
public class DemoCases {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

  private final DemoProperties properties;
  private final SocialOrderProperties municipalities;
  private final CaseLoader loader;
  private final OrderRegister orders;
  private final ProcedureClock clock;
  private final TransactionTemplate transaction;
  private final DemoDataHealthIndicator health;
  private final Environment environment;
  private final DemoPapers papers;

  DemoCases(DemoProperties properties, SocialOrderProperties municipalities, CaseLoader loader,
      OrderRegister orders, ProcedureClock clock, PlatformTransactionManager transactionManager,
      DemoDataHealthIndicator health, Environment environment, DemoPapers papers) {
    this.papers = papers;
    this.properties = properties;
    this.health = health;
    this.environment = environment;
    this.municipalities = municipalities;
    this.loader = loader;
    this.orders = orders;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(3)
  public void loadOnStart() {
    if (properties.loadCases()) {
      List<String> loaded = load();
      // the line to wait for: from here on every case is in Tasklist, Cockpit, the portal and open data
      LOG.info("Demo data ready: {} — log in at http://localhost:{}/camunda/app/ (see README, \"Demo logins\")",
          loaded.isEmpty() ? "the real cases were loaded on an earlier start" : loaded.size() + " real cases loaded",
          environment.getProperty("local.server.port", "8080"));
    }
  }

  /** Loads every case not loaded before, as of the engine clock's today; the keys of those loaded now. */
  public List<String> load() {
    LocalDate today = clock.today();
    Set<String> served = municipalities.municipalities().stream().map(Municipality::id).collect(Collectors.toSet());
    List<DemoCase> missing = RealCases.asOf(today).stream()
        .filter(c -> served.contains(c.municipality()) && !isLoaded(c)).toList();
    if (missing.isEmpty()) {
      health.ready();
      return List.of();
    }
    health.loading();
    long started = System.nanoTime();
    List<String> loaded = new ArrayList<>();
    try {
      for (DemoCase c : missing) {
        try {
          String key = transaction.execute(status -> {
            String order = loader.load(c);
            papers.attach(c, order);
            return order;
          });
          loaded.add(key);
          LOG.info("Demo case {} loaded: {}", key, c.stage());
        } catch (RuntimeException e) {
          LOG.error("Demo case of {} could not be loaded; nothing of it was kept", c.municipality(), e);
        }
      }
    } finally {
      clock.release();
      health.ready();
    }
    LOG.info("Demo cases: {} loaded in {} ms", loaded.size(), Duration.ofNanos(System.nanoTime() - started).toMillis());
    return loaded;
  }

  private boolean isLoaded(DemoCase c) {
    return orders.orders(c.municipality(), null, null, 0, Integer.MAX_VALUE).stream()
        .anyMatch(order -> c.programmeName().equals(order.programmeName()));
  }
}
