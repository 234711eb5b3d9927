package kg.socialorder.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import kg.socialorder.PersonName;
import kg.socialorder.identity.Role;
import kg.socialorder.people.ImportAccess.Scope;
import kg.socialorder.people.StaffFile.Line;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff in bulk: an uploaded file's rows are kept, shown as what would change (new people, people
 * updated, people unchanged, rows refused and why), and on confirmation applied in one transaction,
 * checked again against the accounts as they are then. New people get an account in their
 * municipality with their role and an invitation; people already there get a new name or phone and
 * the role they lack; nothing is taken away (leavers are deactivated on their own page). A row never
 * reaches a person of another municipality, nor another municipality for a coordinator. Importing
 * the same file again changes nothing. A person deactivated (people/Staff) is not brought back by a file.
 */
@Service
public class StaffImport {

  /** Addresses as forms and the portal accept them. */
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()\\-]{5,30}");
  static final int MAX_NAME = 200;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final StaffFile files;
  private final StaffWords words;
  private final StaffMunicipalities municipalities;
  private final StaffAccounts accounts;
  private final Invitations invitations;
  private final PeopleProperties properties;

  public StaffImport(JdbcTemplate jdbc, Clock clock, StaffFile files, StaffWords words,
      StaffMunicipalities municipalities, StaffAccounts accounts, Invitations invitations, PeopleProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.files = files;
    this.words = words;
    this.municipalities = municipalities;
    this.accounts = accounts;
    this.invitations = invitations;
    this.properties = properties;
  }

  public enum Outcome { NEW, UPDATED, UNCHANGED, REFUSED }

  /**
   * One row's outcome.
   *
   * @param login the account's login (a new account's once made)
   * @param detail what changes, or why the row is refused, in Kyrgyz and Russian
   */
  public record RowOutcome(int line, Outcome outcome, String name, String email, String phone, String municipality,
      String municipalityName, Role role, String roleWritten, String login, String detail) {}

  /** An import as its page shows it. */
  public record Report(String id, String importedBy, String fileName, Instant createdAt, Instant confirmedAt,
      List<RowOutcome> rows) {

    public long count(String outcome) {
      return count(Outcome.valueOf(outcome));
    }

    public long count(Outcome outcome) {
      return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public boolean changesSomething() {
      return confirmedAt == null && (count(Outcome.NEW) > 0 || count(Outcome.UPDATED) > 0);
    }

    public List<RowOutcome> refused() {
      return rows.stream().filter(r -> r.outcome() == Outcome.REFUSED).toList();
    }

    public List<RowOutcome> taken() {
      return rows.stream().filter(r -> r.outcome() != Outcome.REFUSED).toList();
    }
  }

  /** Reads and keeps the file; refused as a whole when it cannot be read. Returns the import's id. */
  @Transactional
  public String upload(String importer, String fileName, byte[] bytes) {
    List<Line> lines = files.read(fileName, bytes, properties.maxImportRows());
    String id = UUID.randomUUID().toString();
    jdbc.update("insert into so_staff_import (id, imported_by, file_name, created_at) values (?, ?, ?, ?)",
        id, importer, cut(fileName == null || fileName.isBlank() ? "—" : fileName, 300), now());
    jdbc.batchUpdate("insert into so_staff_import_row (import_id, line_number, person_name, email, phone, "
            + "municipality, role) values (?, ?, ?, ?, ?, ?, ?)",
        lines.stream().map(l -> new Object[] {id, l.number(), l.name(), l.email(), l.phone(), l.municipality(),
            l.role()}).toList());
    return id;
  }

  /** The import of this importer: before confirmation what it would change now, after it what it did. */
  public Optional<Report> report(String id, String importer, Scope scope) {
    Optional<Header> header = header(id, importer);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    List<RowOutcome> rows = header.get().confirmedAt() == null ? plan(lines(id), scope) : done(id);
    return Optional.of(header.get().report(rows));
  }

  /**
   * Applies the import as it would change things now; a second confirmation (another tab, a reload)
   * finds it confirmed and changes nothing.
   */
  @Transactional
  public Optional<Report> confirm(String id, String importer, Scope scope) {
    if (header(id, importer).isEmpty()) {
      return Optional.empty();
    }
    if (jdbc.update("update so_staff_import set confirmed_at = ? where id = ? and confirmed_at is null",
        now(), id) == 1) {
      StaffMunicipalities.Snapshot places = municipalities.now();
      for (RowOutcome row : plan(lines(id), scope)) {
        String login = apply(row, importer, places);
        jdbc.update("update so_staff_import_row set outcome = ?, login = ?, detail = ? where import_id = ? "
            + "and line_number = ?", row.outcome().name(), login, cut(row.detail(), 2000), id, row.line());
      }
    }
    return report(id, importer, scope);
  }

  private String apply(RowOutcome row, String importer, StaffMunicipalities.Snapshot places) {
    if (row.outcome() == Outcome.REFUSED) {
      return null;
    }
    Optional<User> existing = accounts.byEmail(row.email());
    if (existing.isEmpty()) {
      User user = accounts.create(row.name(), row.email(), row.phone(), row.role(), row.municipality());
      invitations.invite(user, row.municipality(), row.municipality() == null ? null : places.name(row.municipality()),
          importer);
      return user.getId();
    }
    String login = existing.get().getId();
    if (row.outcome() == Outcome.UPDATED) {
      accounts.update(login, row.name(), row.phone());
      accounts.grant(login, row.role(), row.municipality());
      if (invitations.expiredUnused(login)) {
        invitations.invite(accounts.user(login).orElseThrow(), row.municipality(),
            row.municipality() == null ? null : places.name(row.municipality()), importer);
      }
    }
    return login;
  }

  /** What each row would do now, in the file's order. */
  List<RowOutcome> plan(List<Line> lines, Scope scope) {
    StaffMunicipalities.Snapshot places = municipalities.now();
    Map<String, Line> firstOfAddress = new HashMap<>();
    Map<String, String> municipalityOfAddress = new HashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    Set<String> newAddresses = new LinkedHashSet<>();
    List<RowOutcome> outcomes = new ArrayList<>();
    for (Line line : lines) {
      String name = line.name().replaceAll("\\s+", " ").strip();
      String email = line.email().strip();
      String phone = line.phone().isBlank() ? null : line.phone().strip();
      Optional<Role> role = words.role(line.role());
      Optional<String> municipality = line.municipality().isBlank() ? Optional.empty() : places.id(line.municipality());
      boolean ministry = role.isPresent() && (role.get() == Role.SUPERVISOR || role.get() == Role.DESIGNER);

      String refusal = null;
      if (name.isEmpty()) {
        refusal = RowRefusal.NAME_MISSING.say("");
      } else if (name.length() > MAX_NAME) {
        refusal = RowRefusal.NAME_TOO_LONG.say("");
      } else if (!EMAIL.matcher(email).matches()) {
        refusal = RowRefusal.BAD_EMAIL.say(email);
      } else if (phone != null && !PHONE.matcher(phone).matches()) {
        refusal = RowRefusal.BAD_PHONE.say(phone);
      } else if (role.isEmpty()) {
        refusal = RowRefusal.UNKNOWN_ROLE.say(line.role());
      } else if (!scope.grants(role.get())) {
        refusal = RowRefusal.NOT_YOUR_ROLE.say("");
      } else if (!ministry && line.municipality().isBlank()) {
        refusal = RowRefusal.MUNICIPALITY_MISSING.say("");
      } else if (!ministry && municipality.isEmpty() && places.closedOne(line.municipality()).isPresent()) {
        refusal = RowRefusal.CLOSED_MUNICIPALITY.say(places.closedOne(line.municipality()).get());
      } else if (!ministry && municipality.isEmpty()) {
        refusal = RowRefusal.UNKNOWN_MUNICIPALITY.say(line.municipality());
      } else if (!ministry && !scope.covers(municipality.get())) {
        refusal = RowRefusal.NOT_YOUR_MUNICIPALITY.say(places.name(municipality.get()));
      }
      String where = ministry ? null : municipality.orElse(null);
      String address = email.isEmpty() ? "" : StaffAccounts.normalEmail(email);
      if (refusal == null) {
        String key = address + "|" + role.get().groupId();
        Line first = firstOfAddress.get(address);
        if (seen.contains(key)) {
          refusal = RowRefusal.DUPLICATE.say(String.valueOf(lineOfKey.get(key)));
        } else if (first != null && (!sameName(first.name(), name)
            || !java.util.Objects.equals(municipalityOfAddress.get(address), where))) {
          refusal = RowRefusal.CONFLICT_IN_FILE.say(String.valueOf(first.number()));
        }
      }
      Optional<User> account = refusal == null ? accounts.byEmail(address) : Optional.empty();
      if (refusal == null && account.isPresent()) {
        refusal = belongsElsewhere(account.get(), where, role.get());
      }
      if (refusal != null) {
        outcomes.add(new RowOutcome(line.number(), Outcome.REFUSED, name, email, phone, where,
            where == null ? null : places.name(where), role.orElse(null), line.role(), null, refusal));
        continue;
      }
      String key = address + "|" + role.get().groupId();
      seen.add(key);
      lineOfKey.put(key, line.number());
      firstOfAddress.putIfAbsent(address, new Line(line.number(), name, email, phone, line.municipality(), line.role()));
      municipalityOfAddress.putIfAbsent(address, where);

      Outcome outcome;
      String detail;
      String login = account.map(User::getId).orElse(null);
      if (account.isEmpty()) {
        outcome = Outcome.NEW;
        detail = newAddresses.add(address)
            ? "Жаңы логин жана чакыруу кат / Новый логин и письмо-приглашение"
            : "Ошол эле жаңы логинге дагы бир ролу / Ещё одна роль того же нового логина";
      } else {
        List<String> changes = new ArrayList<>();
        if (!name.equals(PersonName.full(account.get()))) {
          changes.add("аты-жөнү: " + PersonName.full(account.get()) + " → " + name
              + " / ФИО: " + PersonName.full(account.get()) + " → " + name);
        }
        String oldPhone = accounts.phone(login).orElse(null);
        if (phone != null && !phone.equals(oldPhone)) {
          changes.add("телефон: " + (oldPhone == null ? "—" : oldPhone) + " → " + phone);
        }
        if (!accounts.has(login, role.get())) {
          changes.add("жаңы ролу / новая роль: " + role.get().groupName());
        }
        if (invitations.expiredUnused(login)) {
          changes.add("жаңы чакыруу: мурункусунун мөөнөтү бүттү / новое приглашение: срок прежнего истёк");
        }
        outcome = changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
        detail = changes.isEmpty() ? "Өзгөрүү жок / Без изменений" : String.join("; ", changes);
      }
      outcomes.add(new RowOutcome(line.number(), outcome, name, email, phone, where,
          where == null ? null : places.name(where), role.get(), line.role(), login, detail));
    }
    return outcomes;
  }

  /**
   * Why an existing account may not be touched by this row, or null: it works in another
   * municipality, or in none (the ministry's) for a municipality's row, or is an NGO's login.
   */
  private String belongsElsewhere(User account, String municipality, Role role) {
    Integer left = jdbc.queryForObject("select count(*) from so_person_left where user_id = ?", Integer.class,
        account.getId());
    if (left != null && left > 0) {
      return RowRefusal.LEFT.say(account.getId());
    }
    if (accounts.has(account.getId(), Role.CONTRACTOR)) {
      return RowRefusal.CONTRACTOR_ACCOUNT.say(account.getId());
    }
    List<String> where = accounts.municipalities(account.getId());
    if (municipality == null) {
      return where.isEmpty() ? null : RowRefusal.OTHER_MUNICIPALITY.say(account.getId());
    }
    if (where.isEmpty()) {
      // an account with no municipality: the ministry's (a supervisor, a designer, an administrator)
      // stays out of every municipality; one with no group at all (made bare in Admin) may join
      return accounts.groups(account.getId()).isEmpty() ? null : RowRefusal.MINISTRY_PERSON.say(account.getId());
    }
    return where.contains(municipality) ? null : RowRefusal.OTHER_MUNICIPALITY.say(account.getId());
  }

  private static boolean sameName(String a, String b) {
    return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
  }

  private List<Line> lines(String id) {
    return jdbc.query("select line_number, person_name, email, phone, municipality, role from so_staff_import_row "
            + "where import_id = ? order by line_number",
        (rs, n) -> new Line(rs.getInt(1), text(rs.getString(2)), text(rs.getString(3)), text(rs.getString(4)),
            text(rs.getString(5)), text(rs.getString(6))), id);
  }

  private List<RowOutcome> done(String id) {
    StaffMunicipalities.Snapshot places = municipalities.now();
    return jdbc.query("select line_number, person_name, email, phone, municipality, role, outcome, login, detail "
            + "from so_staff_import_row where import_id = ? order by line_number",
        (rs, n) -> {
          Optional<Role> role = words.role(text(rs.getString(6)));
          Optional<String> where = places.id(text(rs.getString(5)));
          return new RowOutcome(rs.getInt(1), Outcome.valueOf(rs.getString(7)), text(rs.getString(2)),
              text(rs.getString(3)), rs.getString(4), where.orElse(null), where.map(places::name).orElse(null),
              role.orElse(null), text(rs.getString(6)), rs.getString(8), rs.getString(9));
        }, id);
  }

  private Optional<Header> header(String id, String importer) {
    return jdbc.query("select id, imported_by, file_name, created_at, confirmed_at from so_staff_import "
            + "where id = ? and imported_by = ?",
        (rs, n) -> new Header(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), id, importer).stream().findFirst();
  }

  private record Header(String id, String importedBy, String fileName, Instant createdAt, Instant confirmedAt) {
    Report report(List<RowOutcome> rows) {
      return new Report(id, importedBy, fileName, createdAt, confirmedAt, rows);
    }
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
