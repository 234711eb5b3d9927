package kg.socialorder.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.PublicFormat;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One message per person listing their new tasks, at most one per digest period (an hour): a person
 * given ten tasks in a minute gets one message, and one given a task every ten minutes gets one an
 * hour. Tasks done before their digest goes are left out; a person who switched new tasks off gets
 * none. Nodes racing for one person's notices: the first to mark them writes the digest.
 */
@Service
public class MailDigests {

  static final String DIGESTED_CLOSED = "closed";
  static final String SWITCHED_OFF = "off";

  private final JdbcTemplate jdbc;
  private final MailWriter writer;
  private final MailPreferences preferences;
  private final MailLinks links;
  private final TaskService tasks;
  private final MailProperties properties;
  private final Clock clock;

  public MailDigests(JdbcTemplate jdbc, MailWriter writer, MailPreferences preferences, MailLinks links,
      TaskService tasks, MailProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.preferences = preferences;
    this.links = links;
    this.tasks = tasks;
    this.properties = properties;
    this.clock = clock;
  }

  /** Writes the digests that are due; how many were written. */
  @Transactional
  public int writeDue() {
    Instant now = clock.instant();
    List<String> waiting = jdbc.queryForList(
        "select distinct user_id from so_mail_task_notice where digest_key is null order by user_id", String.class);
    int written = 0;
    for (String userId : waiting) {
      if (lastDigest(userId).map(last -> last.plus(properties.digestPeriod()).isAfter(now)).orElse(false)) {
        continue;
      }
      String key = "tasks:" + userId + ":" + now.toEpochMilli();
      if (jdbc.update("update so_mail_task_notice set digest_key = ? where user_id = ? and digest_key is null",
          key, userId) == 0) {
        continue;
      }
      if (write(userId, key)) {
        written++;
      }
    }
    return written;
  }

  private boolean write(String userId, String key) {
    List<Notice> notices = jdbc.query("select task_id, municipality, task_name, case_label, due_at "
            + "from so_mail_task_notice where digest_key = ? order by created_at, task_id",
        (rs, row) -> new Notice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5)), key);
    List<Notice> open = new ArrayList<>();
    for (Notice notice : notices) {
      if (tasks.createTaskQuery().taskId(notice.taskId()).count() > 0) {
        open.add(notice);
      }
    }
    if (open.isEmpty()) {
      jdbc.update("update so_mail_task_notice set digest_key = ? where digest_key = ?", DIGESTED_CLOSED, key);
      return false;
    }
    if (!preferences.wants(userId, MailKind.TASKS)) {
      jdbc.update("update so_mail_task_notice set digest_key = ? where digest_key = ?", SWITCHED_OFF, key);
      return false;
    }
    Map<String, MailContent.Item> items = new LinkedHashMap<>();
    for (Notice notice : open) {
      String due = notice.dueAt() == null ? ""
          : " — мөөнөтү / срок " + PublicFormat.day(notice.dueAt().toInstant().atZone(clock.getZone()).toLocalDate());
      String label = notice.caseLabel() == null ? "" : " (" + notice.caseLabel() + ")";
      items.put(notice.taskId(), new MailContent.Item(notice.taskName() + label + due, links.task(notice.taskId())));
    }
    int count = items.size();
    MailContent content = new MailContent(
        "Жаңы тапшырмалар: " + count, "Новые задачи: " + count,
        List.of("Сизге же сиздин тобуңузга жаңы тапшырмалар берилди. Ар бирин шилтеме аркылуу ачыңыз."),
        List.of("Вам или вашей группе поручены новые задачи. Каждую можно открыть по ссылке."),
        List.copyOf(items.values()), links.tasklist(), "Tasklist'ти ачуу / Открыть Tasklist", null);
    String municipality = open.get(0).municipality();
    return writer.toPerson(key, municipality, MailKind.TASKS, userId, content, null);
  }

  private java.util.Optional<Instant> lastDigest(String userId) {
    Timestamp last = jdbc.queryForObject("select max(created_at) from so_notification where kind = ? and recipient = ?",
        Timestamp.class, MailKind.TASKS.code(), userId);
    return java.util.Optional.ofNullable(last).map(Timestamp::toInstant);
  }

  private record Notice(String taskId, String municipality, String taskName, String caseLabel, Timestamp dueAt) {}
}
