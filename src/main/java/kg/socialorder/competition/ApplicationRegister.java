package kg.socialorder.competition;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The applications of the calls ({@code so_competition_application}) and every version of each
 * ({@code so_competition_application_version}). A submission locks its call's row, so submissions to
 * one call take their turn: each new application gets the next registration number, and an
 * organisation applies once per call. A portal application is changed only with its receipt (the
 * registration number and the secret shown once on it), the coordinator changes one from paper; each
 * change is a new version, the row holding the last. Nothing here touches the process instance, so
 * any number of NGOs may apply at once.
 */
@Component
public class ApplicationRegister {

  public static final String PORTAL = "portal";
  public static final String PAPER = "paper";
  /** The receipt's secret, typed back to change an application. */
  public static final String SECRET = "secret";

  private final JdbcTemplate jdbc;
  private final CallRegister calls;
  private final ValidationMessages messages;
  private final ApplicationEventPublisher events;

  public ApplicationRegister(JdbcTemplate jdbc, CallRegister calls, ValidationMessages messages,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.calls = calls;
    this.messages = messages;
    this.events = events;
  }

  /**
   * Registers a checked new application in the caller's transaction. Refused (with the bilingual
   * message) when the call is unknown or closed, and, from the portal, when the organisation has
   * applied already: only the receipt's holder may change that application ({@link #change}). The
   * coordinator, who has the organisation's paper in hand, registers it as a new version.
   */
  public Registration register(String callNumber, ApplicationInput input, String channel, String registeredBy,
      Instant now) {
    lockOpenCall(callNumber, now);
    Optional<Application> earlier = findByTaxNumber(callNumber, input.taxNumber());
    if (earlier.isPresent()) {
      if (!PAPER.equals(channel)) {
        InputCheck check = messages.check();
        check.reject(ApplicationCheck.TAX_NUMBER, "alreadyApplied", earlier.get().registrationNumber());
        check.throwIfInvalid();
      }
      return newVersion(earlier.get(), input, channel, registeredBy, now);
    }
    String number = callNumber + "-" + String.format(Locale.ROOT, "%03d", calls.nextRegistration(callNumber));
    String secret = PORTAL.equals(channel) ? ReceiptSecret.generate() : null;
    jdbc.update("insert into so_competition_application (call_number, registration_number, tax_number, "
            + "organisation_name, legal_form, registration_date, contact_person, phone, email, project_title, "
            + "summary, work_plan, requested_amount, own_contribution, budget_lines, declared_documents, channel, "
            + "registered_by, first_submitted_at, submitted_at, submissions, secret_hash) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
        callNumber, number, input.taxNumber(), input.organisationName(), input.legalForm(),
        input.registrationDate(), input.contactPerson(), input.phone(), input.email(), input.projectTitle(),
        input.summary(), input.workPlan(), input.requestedAmount(), input.ownContribution(),
        ColumnJson.write(input.budgetLines()), ColumnJson.write(input.declaredDocuments()), channel, registeredBy,
        Timestamp.from(now), Timestamp.from(now), secret == null ? null : ReceiptSecret.hash(secret));
    Application registered = findByRegistrationNumber(number).orElseThrow();
    recordVersion(registered.id(), List.of());
    Registration registration = new Registration(callNumber, number, input.organisationName(), input.projectTitle(),
        now, 1, secret);
    if (secret != null) {
      events.publishEvent(new ApplicationReceived(calls.get(callNumber), registration, input.email()));
    }
    return registration;
  }

  /**
   * Registers a new version of a portal application for whoever holds its receipt. Refused when the
   * registration number and secret do not match an application of this call, when the tax number is
   * not the application's (another organisation applies on its own), or when the call has closed.
   */
  public Registration change(String callNumber, String registrationNumber, String secret, ApplicationInput input,
      Instant now) {
    lockOpenCall(callNumber, now);
    Optional<Application> held = withReceipt(callNumber, registrationNumber, secret);
    InputCheck check = messages.check();
    if (held.isEmpty()) {
      check.reject(SECRET, "receiptMismatch");
    } else if (!held.get().taxNumber().equals(input.taxNumber())) {
      check.reject(ApplicationCheck.TAX_NUMBER, "taxNumberFixed", held.get().taxNumber());
    }
    check.throwIfInvalid();
    return newVersion(held.get(), input, PORTAL, null, now);
  }

  /** {@link #withReceipt}, for a change: refused when a part is missing, it matches nothing, or the call is closed. */
  public Application toChange(String callNumber, String registrationNumber, String secret, Instant now) {
    InputCheck check = messages.check();
    Optional<CompetitionCall> call = calls.find(callNumber);
    if (call.isEmpty()) {
      check.reject(CompetitionVariables.CALL_NUMBER, "unknownCall", callNumber);
    } else if (!call.get().acceptsApplicationsAt(now)) {
      check.reject(CompetitionVariables.APPLICATION_DEADLINE, "callClosed", call.get().deadlineDate());
    }
    Optional<Application> held = Optional.empty();
    if (check.isValid()) {
      check.text(AppealFiling.REGISTRATION_NUMBER, registrationNumber, true);
      check.text(SECRET, secret, true);
      held = check.isValid() ? withReceipt(callNumber, registrationNumber, secret) : held;
      if (check.isValid() && held.isEmpty()) {
        check.reject(SECRET, "receiptMismatch");
      }
    }
    check.throwIfInvalid();
    return held.orElseThrow();
  }

  /** The application of this call the receipt (registration number and secret) belongs to. */
  public Optional<Application> withReceipt(String callNumber, String registrationNumber, String secret) {
    if (registrationNumber == null || secret == null) {
      return Optional.empty();
    }
    return jdbc.query("select * from so_competition_application where call_number = ? and registration_number = ?",
            (rs, row) -> ReceiptSecret.matches(secret, rs.getString("secret_hash")) ? application(rs, row) : null,
            callNumber, registrationNumber.strip()).stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** Every version of an application, the first first. */
  public List<ApplicationVersion> versions(long applicationId) {
    return jdbc.query("select version, submitted_at, channel, registered_by, changed_fields "
            + "from so_competition_application_version where application_id = ? order by version",
        (rs, row) -> new ApplicationVersion(rs.getInt("version"), CallRegister.instant(rs, "submitted_at"),
            rs.getString("channel"), rs.getString("registered_by"),
            rs.getString("changed_fields").isEmpty() ? List.of() : List.of(rs.getString("changed_fields").split(","))),
        applicationId);
  }

  /**
   * Locks the call's row, so submissions take their turn and the closing at the deadline (which
   * takes the same lock) reads every version taken before it. A call is open while its deadline has
   * not passed by the server's clock and it has not been closed.
   */
  private void lockOpenCall(String callNumber, Instant now) {
    Optional<CompetitionCall> locked = calls.lock(callNumber);
    InputCheck check = messages.check();
    if (locked.isEmpty()) {
      check.reject(CompetitionVariables.CALL_NUMBER, "unknownCall", callNumber);
    } else if (!locked.get().acceptsApplicationsAt(now)) {
      check.reject(CompetitionVariables.APPLICATION_DEADLINE, "callClosed", locked.get().deadlineDate());
    }
    check.throwIfInvalid();
  }

  private Registration newVersion(Application earlier, ApplicationInput input, String channel, String registeredBy,
      Instant now) {
    jdbc.update("update so_competition_application set organisation_name = ?, legal_form = ?, "
            + "registration_date = ?, contact_person = ?, phone = ?, email = ?, project_title = ?, summary = ?, "
            + "work_plan = ?, requested_amount = ?, own_contribution = ?, budget_lines = ?, "
            + "declared_documents = ?, channel = ?, registered_by = ?, submitted_at = ?, "
            + "submissions = submissions + 1 where id = ?",
        input.organisationName(), input.legalForm(), input.registrationDate(), input.contactPerson(),
        input.phone(), input.email(), input.projectTitle(), input.summary(), input.workPlan(),
        input.requestedAmount(), input.ownContribution(), ColumnJson.write(input.budgetLines()),
        ColumnJson.write(input.declaredDocuments()), channel, registeredBy, Timestamp.from(now), earlier.id());
    recordVersion(earlier.id(), changedFields(earlier, input));
    return new Registration(earlier.callNumber(), earlier.registrationNumber(), input.organisationName(),
        input.projectTitle(), now, earlier.submissions() + 1, null);
  }

  /** Copies the application's row, as it now stands, into its next version. */
  private void recordVersion(long applicationId, List<String> changedFields) {
    jdbc.update("insert into so_competition_application_version (application_id, version, submitted_at, channel, "
            + "registered_by, changed_fields, organisation_name, legal_form, tax_number, registration_date, "
            + "contact_person, phone, email, project_title, summary, work_plan, requested_amount, own_contribution, "
            + "budget_lines, declared_documents) "
            + "select id, submissions, submitted_at, channel, registered_by, ?, organisation_name, legal_form, "
            + "tax_number, registration_date, contact_person, phone, email, project_title, summary, work_plan, "
            + "requested_amount, own_contribution, budget_lines, declared_documents "
            + "from so_competition_application where id = ?",
        String.join(",", changedFields), applicationId);
  }

  /** The form's fields whose value differs from the version before, in the form's order. */
  static List<String> changedFields(Application before, ApplicationInput after) {
    List<String> changed = new ArrayList<>();
    differs(changed, ApplicationCheck.ORGANISATION_NAME, before.organisationName(), after.organisationName());
    differs(changed, ApplicationCheck.LEGAL_FORM, before.legalForm(), after.legalForm());
    differs(changed, ApplicationCheck.REGISTRATION_DATE, before.registrationDate(), after.registrationDate());
    differs(changed, ApplicationCheck.CONTACT_PERSON, before.contactPerson(), after.contactPerson());
    differs(changed, ApplicationCheck.PHONE, before.phone(), after.phone());
    differs(changed, ApplicationCheck.EMAIL, before.email(), after.email());
    differs(changed, ApplicationCheck.PROJECT_TITLE, before.projectTitle(), after.projectTitle());
    differs(changed, ApplicationCheck.SUMMARY, before.summary(), after.summary());
    differs(changed, ApplicationCheck.WORK_PLAN, before.workPlan(), after.workPlan());
    differs(changed, ApplicationCheck.REQUESTED_AMOUNT, amount(before.requestedAmount()), amount(after.requestedAmount()));
    differs(changed, ApplicationCheck.OWN_CONTRIBUTION, amount(before.ownContribution()), amount(after.ownContribution()));
    differs(changed, ApplicationCheck.BUDGET_LINES, lines(before.budgetLines()), lines(after.budgetLines()));
    differs(changed, ApplicationCheck.DECLARED_DOCUMENTS, new TreeSet<>(before.declaredDocuments()),
        new TreeSet<>(after.declaredDocuments()));
    return changed;
  }

  private static void differs(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
  }

  /** 150000 and 150000.00 are one amount. */
  private static BigDecimal amount(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  private static List<BudgetLine> lines(List<BudgetLine> lines) {
    return lines.stream().map(l -> new BudgetLine(l.item(), amount(l.amount()))).toList();
  }

  public List<Application> ofCall(String callNumber) {
    return jdbc.query("select * from so_competition_application where call_number = ? order by registration_number",
        APPLICATION, callNumber);
  }

  public Optional<Application> find(long id) {
    return jdbc.query("select * from so_competition_application where id = ?", APPLICATION, id).stream().findFirst();
  }

  public Application get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No application " + id));
  }

  public Optional<Application> findByRegistrationNumber(String registrationNumber) {
    return jdbc.query("select * from so_competition_application where registration_number = ?", APPLICATION,
        registrationNumber).stream().findFirst();
  }

  public Optional<Application> findByTaxNumber(String callNumber, String taxNumber) {
    return jdbc.query("select * from so_competition_application where call_number = ? and tax_number = ?",
        APPLICATION, callNumber, taxNumber).stream().findFirst();
  }

  public void recordEligibility(long id, boolean eligible, String reasons) {
    jdbc.update("update so_competition_application set eligible = ?, eligibility_reasons = ? where id = ?",
        eligible, reasons, id);
  }

  public void recordRanking(long id, BigDecimal score, int scoresCount, Integer position) {
    jdbc.update("update so_competition_application set total_score = ?, scores_count = ?, ranking_position = ? "
        + "where id = ?", score, scoresCount, position, id);
  }

  private static final RowMapper<Application> APPLICATION = ApplicationRegister::application;

  private static Application application(ResultSet rs, int row) throws SQLException {
    Boolean eligible = rs.getBoolean("eligible");
    if (rs.wasNull()) {
      eligible = null;
    }
    Integer scoresCount = rs.getInt("scores_count");
    if (rs.wasNull()) {
      scoresCount = null;
    }
    Integer position = rs.getInt("ranking_position");
    if (rs.wasNull()) {
      position = null;
    }
    return new Application(rs.getLong("id"), rs.getString("call_number"), rs.getString("registration_number"),
        rs.getString("organisation_name"), rs.getString("legal_form"), rs.getString("tax_number"),
        rs.getObject("registration_date", LocalDate.class), rs.getString("contact_person"), rs.getString("phone"),
        rs.getString("email"), rs.getString("project_title"), rs.getString("summary"), rs.getString("work_plan"),
        rs.getBigDecimal("requested_amount"), rs.getBigDecimal("own_contribution"),
        ColumnJson.list(rs.getString("budget_lines"), BudgetLine.class),
        ColumnJson.list(rs.getString("declared_documents"), String.class), rs.getString("channel"),
        CallRegister.instant(rs, "first_submitted_at"), CallRegister.instant(rs, "submitted_at"),
        rs.getInt("submissions"), eligible, rs.getString("eligibility_reasons"), rs.getBigDecimal("total_score"),
        scoresCount, position);
  }
}
