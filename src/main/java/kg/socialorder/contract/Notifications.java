package kg.socialorder.contract;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The project's outbox (table so_notification): there is no mail server, so a message is a row the
 * portal and the officials read. Written in the engine's transaction: a step that fails sends
 * nothing, and a retried step sends once.
 */
@Component
public class Notifications {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public Notifications(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
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
    return true;
  }

  private boolean isSent(String key) {
    Integer rows = jdbc.queryForObject(
        "select count(*) from so_notification where notification_key = ?", Integer.class, key);
    return rows != null && rows > 0;
  }
}
