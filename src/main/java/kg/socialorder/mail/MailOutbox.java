package kg.socialorder.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mail rows of the outbox (so_notification). A message is written in the caller's transaction;
 * a node sends it only after claiming it with a conditional update, which one node wins: two nodes
 * never send the same row, on H2 and PostgreSQL alike.
 */
@Repository
public class MailOutbox {

  private static final int MAX_ERROR = 2000;
  private static final int MAX_BODY = 4000;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public MailOutbox(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** Writes the message unless its key was written before; true if written now. */
  public boolean queue(OutgoingMail mail) {
    Integer existing = jdbc.queryForObject(
        "select count(*) from so_notification where notification_key = ?", Integer.class, mail.key());
    if (existing != null && existing > 0) {
      return false;
    }
    Timestamp now = now();
    MailStatus status = mail.address() == null || mail.address().isBlank() ? MailStatus.NO_ADDRESS : MailStatus.PENDING;
    // a link with a secret in it (an invitation's) is in the message only, not in the administrator's list
    String link = MailKind.INVITATION.code().equals(mail.kind()) ? null : mail.link();
    jdbc.update("insert into so_notification (notification_key, municipality, kind, recipient, subject, body, "
            + "process_instance_id, created_at, recipient_address, mail_text, mail_html, link, status, attempts, "
            + "next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        mail.key(), mail.municipality(), mail.kind(), mail.recipient(), cut(mail.subject(), 300),
        cut(mail.text(), MAX_BODY), mail.processInstanceId(), now, status == MailStatus.PENDING ? mail.address() : null,
        mail.text(), mail.html(), link, status.name(), now);
    if (status == MailStatus.PENDING) {
      events.publishEvent(new MailQueued(mail.key()));
    }
    return true;
  }

  /** Keys of messages due for an attempt: pending and due, or held past their claim by a node that died. */
  public List<String> due(int limit) {
    Timestamp now = now();
    return jdbc.queryForList("select notification_key from so_notification "
            + "where (status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?) "
            + "order by next_attempt_at, created_at fetch first " + limit + " rows only",
        String.class, now, now);
  }

  /** Claims the message for this node; false when another node has it or it is no longer due. */
  public boolean claim(String key, String node, Instant until) {
    Timestamp now = now();
    return jdbc.update("update so_notification set status = 'SENDING', claimed_by = ?, claimed_until = ?, "
            + "attempts = attempts + 1 where notification_key = ? and ((status = 'PENDING' and next_attempt_at <= ?) "
            + "or (status = 'SENDING' and claimed_until < ?))",
        node, moment(until), key, now, now) == 1;
  }

  /** The claimed message as the sender needs it. */
  public Claimed claimed(String key, String node) {
    List<Claimed> rows = jdbc.query("select notification_key, recipient_address, subject, mail_text, mail_html, attempts "
            + "from so_notification where notification_key = ? and status = 'SENDING' and claimed_by = ?",
        (rs, row) -> new Claimed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getInt(6)),
        key, node);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public void sent(String key, String node) {
    jdbc.update("update so_notification set status = 'SENT', sent_at = ?, claimed_by = null, claimed_until = null, "
        + "last_error = null where notification_key = ? and claimed_by = ?", now(), key, node);
    forgetSecret(key);
  }

  /**
   * A receipt carries the secret that changes an application, an invitation the link that sets a
   * password, both stored elsewhere only as a hash: once the message is out (or failed for good) its
   * text is dropped from the outbox, the subject kept.
   */
  private void forgetSecret(String key) {
    jdbc.update("update so_notification set body = subject, mail_text = null, mail_html = null "
        + "where notification_key = ? and kind in (?, ?)", key, MailKind.RECEIPT.code(), MailKind.INVITATION.code());
  }

  public void retryLater(String key, String node, Instant next, String error) {
    jdbc.update("update so_notification set status = 'PENDING', next_attempt_at = ?, claimed_by = null, "
            + "claimed_until = null, last_error = ? where notification_key = ? and claimed_by = ?",
        moment(next), cut(error, MAX_ERROR), key, node);
  }

  public void failed(String key, String node, String error) {
    jdbc.update("update so_notification set status = 'FAILED', claimed_by = null, claimed_until = null, "
        + "last_error = ? where notification_key = ? and claimed_by = ?", cut(error, MAX_ERROR), key, node);
    forgetSecret(key);
  }

  /** A failed message sent again: the administrator corrected the address or the server. */
  public boolean retryNow(String key) {
    return jdbc.update("update so_notification set status = 'PENDING', next_attempt_at = ?, attempts = 0 "
        + "where notification_key = ? and status = 'FAILED' and mail_text is not null", now(),
        key) == 1;
  }

  /** The latest mail rows in a status (or all), newest first, for the administrator. */
  public List<Row> latest(MailStatus status, int limit) {
    String where = status == null ? "status is not null" : "status = '" + status.name() + "'";
    return jdbc.query("select notification_key, kind, recipient, recipient_address, subject, status, attempts, "
        + "last_error, created_at, sent_at, link from so_notification where " + where
        + " order by created_at desc, notification_key fetch first " + limit + " rows only", MailOutbox::row);
  }

  /** How many mail rows are in each status. */
  public java.util.Map<String, Integer> counts() {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (MailStatus status : MailStatus.values()) {
      counts.put(status.name(), 0);
    }
    jdbc.query("select status, count(*) from so_notification where status is not null group by status",
        rs -> { counts.put(rs.getString(1), rs.getInt(2)); });
    return counts;
  }

  private static Row row(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new Row(rs.getString("notification_key"), rs.getString("kind"), rs.getString("recipient"),
        rs.getString("recipient_address"), rs.getString("subject"), MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
        sent == null ? null : sent.toInstant(), rs.getString("link"));
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** A message this node holds and sends. */
  public record Claimed(String key, String address, String subject, String text, String html, int attempts) {}

  /** A mail row as the administrator's page lists it. */
  public record Row(String key, String kind, String recipient, String address, String subject, MailStatus status,
      int attempts, String lastError, Instant createdAt, Instant sentAt, String link) {

    /** A moment as the pages show it: 07.12.2026 14:05. */
    public static String shown(Instant moment, java.time.ZoneId zone) {
      return moment == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(moment.atZone(zone));
    }

    public String created(java.time.ZoneId zone) {
      return shown(createdAt, zone);
    }

    public String sent(java.time.ZoneId zone) {
      return shown(sentAt, zone);
    }
  }

  /** Raised when a message is written; after commit it wakes the worker. */
  public record MailQueued(String key) {}

  /**
   * The procedure's clock to the microsecond, as PostgreSQL and H2 keep a moment: a row written with
   * the clock's nanoseconds would be kept rounded up, later than the same moment read back, and so not
   * yet due in the round that wrote it.
   */
  private Timestamp now() {
    return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
  }

  private static Timestamp moment(Instant at) {
    return Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
  }
}
