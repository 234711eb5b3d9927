package kg.socialorder.mail;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the delivery on this node: every poll interval, and right after a transaction that wrote a
 * message commits (never before: a step that rolls back sends nothing). Off with
 * {@code social-order.mail.worker=false} (the tests run each round themselves).
 */
@Component
@ConditionalOnProperty(name = "social-order.mail.worker", havingValue = "true", matchIfMissing = true)
public class MailWorker implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

  private final MailDelivery delivery;
  private final MailDigests digests;
  private final DueDateWatch deadlines;
  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
  private final AtomicBoolean nudged = new AtomicBoolean();
  private final java.time.Duration pollInterval;

  public MailWorker(MailDelivery delivery, MailDigests digests, DueDateWatch deadlines, MailProperties properties) {
    this.delivery = delivery;
    this.digests = digests;
    this.deadlines = deadlines;
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix("mail-");
    scheduler.setDaemon(true);
    // on shutdown a round under way finishes (what it sends is marked sent) before the database closes
    scheduler.setWaitForTasksToCompleteOnShutdown(true);
    scheduler.setAwaitTerminationSeconds(10);
    scheduler.initialize();
    this.pollInterval = properties.pollInterval();
  }

  /** Rounds begin once the application is ready (its tables migrated, the engine and demo data up). */
  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    try {
      scheduler.scheduleWithFixedDelay(this::round, pollInterval);
    } catch (TaskRejectedException stopping) {
      // stopped as soon as it was ready: the next start sends what waits in the outbox
    }
  }

  /** After a commit that wrote a message: one round soon, however many messages that commit wrote. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void afterCommit(MailOutbox.MailQueued queued) {
    if (nudged.compareAndSet(false, true)) {
      try {
        scheduler.execute(() -> {
          nudged.set(false);
          round();
        });
      } catch (TaskRejectedException stopping) {
        // the application is stopping: the message waits in the outbox for the next start
        nudged.set(false);
      }
    }
  }

  private void round() {
    try {
      digests.writeDue();
      deadlines.writeDue();
      while (delivery.deliverDue() > 0) {
        // another batch may be due
      }
    } catch (RuntimeException e) {
      // the database away for a moment: the next round tries again
      log.warn("Mail round failed: {}", e.toString());
    }
  }

  /**
   * The application is stopping, before anything closes: no round begins any more, and one under way
   * finishes while the mail server and the database are still there.
   */
  @EventListener(ContextClosedEvent.class)
  public void stop() {
    scheduler.shutdown();
  }

  @Override
  public void destroy() {
    scheduler.shutdown();
  }
}
