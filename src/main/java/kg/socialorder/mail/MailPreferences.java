package kg.socialorder.mail;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The kinds of message each person switched off (table so_mail_preference); mandatory kinds are never off. */
@Repository
public class MailPreferences {

  private final JdbcTemplate jdbc;

  public MailPreferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Set<MailKind> switchedOff(String userId) {
    Set<MailKind> off = EnumSet.noneOf(MailKind.class);
    jdbc.queryForList("select kind from so_mail_preference where user_id = ?", String.class, userId)
        .forEach(code -> MailKind.of(code).filter(kind -> !kind.mandatory()).ifPresent(off::add));
    return off;
  }

  public boolean wants(String userId, MailKind kind) {
    return kind.mandatory() || !switchedOff(userId).contains(kind);
  }

  /** Replaces the person's choice; mandatory kinds in it are ignored. */
  @Transactional
  public void switchOff(String userId, Set<MailKind> kinds) {
    jdbc.update("delete from so_mail_preference where user_id = ?", userId);
    for (MailKind kind : kinds) {
      if (!kind.mandatory()) {
        jdbc.update("insert into so_mail_preference (user_id, kind) values (?, ?)", userId, kind.code());
      }
    }
  }
}
