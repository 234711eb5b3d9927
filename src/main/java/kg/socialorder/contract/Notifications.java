package kg.socialorder.contract;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The project's outbox (table so_notification): a message is a row the portal and the officials
 * read, and, raised as {@link NotificationRecorded}, an e-mail to the person it names (package mail).
 * Written in the engine's transaction: a step that fails sends nothing, and a retried step sends once.
 */
@Component
public class Notifications {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public Notifications(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Records the notification unless its key was recorded before; true if recorded now. Two nodes
   * racing on one key: the second fails on the primary key, and its job is retried and finds it.
   */
  public boolean sendOnce(Notification notification) {
    if (isSent(notification.key())) {
      return false;
    }
    jdbc.update("insert into so_notification (notification_key, municipality, kind, recipient, subject, body, "
            + "process_instance_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        notification.key(), notification.municipality(), notification.kind(), notification.recipient(),
        notification.subject(), notification.body(), notification.processInstanceId(),
        Timestamp.from(clock.instant()));
    events.publishEvent(new NotificationRecorded(notification));
    return true;
  }

  private boolean isSent(String key) {
    Integer rows = jdbc.queryForObject(
        "select count(*) from so_notification where notification_key = ?", Integer.class, key);
    return rows != null && rows > 0;
  }
}
