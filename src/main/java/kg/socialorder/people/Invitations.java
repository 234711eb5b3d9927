package kg.socialorder.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kg.socialorder.PersonName;
import kg.socialorder.http.FormOrigin;
import kg.socialorder.mail.MailContent;
import kg.socialorder.mail.MailKind;
import kg.socialorder.mail.MailLinks;
import kg.socialorder.mail.MailWriter;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a person brought in (imported, a winning NGO, a named member) is sent a link to set
 * their own password. The link's token is random; only its SHA-256 is stored, so neither the
 * database nor the outbox (which drops the message's text once sent) gives it away. A link works
 * once: the one update that marks it used wins, two redemptions at the same moment cannot both set
 * a password. It works until it expires ({@link PeopleProperties#invitationValidity()}) by the
 * procedure's clock; a new invitation of the same person ends the earlier unused one.
 */
@Service
public class Invitations {

  /** A person deactivated since (people/Staff) is let in by no link of theirs. */
  private static final String NOT_LEFT =
      " and not exists (select 1 from so_person_left l where l.user_id = so_invitation.user_id)";

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PeopleProperties properties;
  private final MailWriter mail;
  private final MailLinks links;
  private final StaffAccounts accounts;
  private final PasswordPolicy passwords;

  public Invitations(JdbcTemplate jdbc, Clock clock, PeopleProperties properties, MailWriter mail, MailLinks links,
      StaffAccounts accounts, PasswordPolicy passwords) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.mail = mail;
    this.links = links;
    this.accounts = accounts;
    this.passwords = passwords;
  }

  /**
   * Invites the person: a new link (an unused earlier one stops working) written to the outbox in
   * the caller's transaction, so a step that rolls back invites no one.
   *
   * @param invitedBy the login of who invited, or the occasion when no person did
   * @param municipalityName where they work, as the message names it; null for no municipality
   */
  @Transactional
  public void invite(User user, String municipality, String municipalityName, String invitedBy) {
    String token = FormOrigin.newToken();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant expires = now.plus(properties.invitationValidity());
    jdbc.update("delete from so_invitation where user_id = ? and used_at is null", user.getId());
    jdbc.update("insert into so_invitation (token_hash, user_id, municipality, invited_by, created_at, expires_at) "
            + "values (?, ?, ?, ?, ?, ?)", hash(token), user.getId(), municipality, cut(invitedBy, 200),
        Timestamp.from(now), Timestamp.from(expires));
    String until = SHOWN.format(expires.atZone(clock.getZone()));
    String where = municipalityName == null ? "" : " (" + municipalityName + ")";
    MailContent content = new MailContent(
        "Муниципалдык социалдык тапшырыкка чакыруу", "Приглашение в муниципальный социальный заказ",
        List.of(PersonName.full(user) + ", сиз үчүн логин түзүлдү" + where + ": " + user.getId() + ".",
            "Сырсөзүңүздү коюу үчүн төмөнкү шилтемени ачыңыз. Шилтеме бир жолу гана иштейт жана " + until
                + " чейин жарактуу (Бишкек убактысы). Аны эч кимге бербеңиз."),
        List.of(PersonName.full(user) + ", для вас создан логин" + where + ": " + user.getId() + ".",
            "Чтобы установить пароль, откройте ссылку ниже. Ссылка работает один раз и действительна до " + until
                + " (время Бишкека). Никому её не передавайте."),
        List.of(), links.invitation(token), "Сырсөз коюу / Установить пароль", null);
    // each invitation its own occasion: a later one is a new message, not a repeat of the first
    mail.toNewPerson("invitation:" + UUID.randomUUID(), municipality, MailKind.INVITATION, user.getId(),
        user.getEmail(), content, null);
  }

  /** The person a link invites, while it is unused and unexpired. */
  public Optional<Invited> open(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    List<String> users = jdbc.queryForList("select user_id from so_invitation where token_hash = ? "
        + "and used_at is null and expires_at > ?" + NOT_LEFT, String.class, hash(token), now());
    return users.stream().findFirst().flatMap(accounts::user)
        .map(user -> new Invited(user.getId(), PersonName.full(user)));
  }

  /**
   * Sets the person's password and uses the link up, in one transaction: the password is checked
   * first (a refused one leaves the link working); of two redemptions at once exactly one sets it.
   *
   * @throws RefusedInvitation when the link is unknown, used or expired
   */
  @Transactional
  public Invited redeem(String token, String password, String repeated) {
    Invited invited = open(token).orElseThrow(RefusedInvitation::new);
    if (password == null || !password.equals(repeated)) {
      throw new kg.socialorder.engine.RefusedInputException("passwordRepeated",
          "Сырсөздөр дал келбейт: экинчи талаага ошол эле сырсөздү жазыңыз. / "
              + "Пароли не совпадают: повторите тот же пароль во втором поле.");
    }
    passwords.check("password", password, invited.userId());
    int won = jdbc.update("update so_invitation set used_at = ? where token_hash = ? and used_at is null "
        + "and expires_at > ?" + NOT_LEFT, now(), hash(token), now());
    if (won != 1) {
      throw new RefusedInvitation();
    }
    accounts.setPassword(invited.userId(), password);
    return invited;
  }

  /**
   * Whether the person was invited and never set their password, their link now expired: importing
   * them again sends a new one.
   */
  public boolean expiredUnused(String userId) {
    Integer waiting = jdbc.queryForObject("select count(*) from so_invitation where user_id = ? and (used_at is not null "
        + "or expires_at > ?)", Integer.class, userId, now());
    Integer any = jdbc.queryForObject("select count(*) from so_invitation where user_id = ?", Integer.class, userId);
    return waiting != null && waiting == 0 && any != null && any > 0;
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /** The person an open link invites. */
  public record Invited(String userId, String name) {}

  /** The link is unknown, used or expired. */
  public static class RefusedInvitation extends RuntimeException {
    RefusedInvitation() {
      super("Invitation link unknown, used or expired", null, false, false);
    }
  }
}
