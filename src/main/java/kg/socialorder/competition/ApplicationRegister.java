package kg.socialorder.competition;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The applications of the calls ({@code so_competition_application}). A submission locks its call's
 * row, so submissions to one call take their turn: each gets the next registration number, and a
 * second submission of an organisation replaces its first in place, keeping its number. Nothing
 * here touches the process instance, so any number of NGOs may apply at once.
 */
@Component
public class ApplicationRegister {

  public static final String PORTAL = "portal";
  public static final String PAPER = "paper";

  private final JdbcTemplate jdbc;
  private final CallRegister calls;
  private final ValidationMessages messages;

  public ApplicationRegister(JdbcTemplate jdbc, CallRegister calls, ValidationMessages messages) {
    this.jdbc = jdbc;
    this.calls = calls;
    this.messages = messages;
  }

  /**
   * Registers a checked application in the caller's transaction. Refused (with the bilingual
   * message) when the call is unknown or its deadline has passed by the server's clock.
   */
  public Registration register(String callNumber, ApplicationInput input, String channel, String registeredBy,
      Instant now) {
    Optional<CompetitionCall> locked = calls.lock(callNumber);
    InputCheck check = messages.check();
    if (locked.isEmpty()) {
      check.reject(CompetitionVariables.CALL_NUMBER, "unknownCall", callNumber);
    } else if (!locked.get().acceptsApplicationsAt(now)) {
      check.reject(CompetitionVariables.APPLICATION_DEADLINE, "callClosed", locked.get().deadlineDate());
    }
    check.throwIfInvalid();

    Optional<Application> earlier = findByTaxNumber(callNumber, input.taxNumber());
    if (earlier.isPresent()) {
      jdbc.update("update so_competition_application set organisation_name = ?, legal_form = ?, "
              + "registration_date = ?, contact_person = ?, phone = ?, email = ?, project_title = ?, summary = ?, "
              + "work_plan = ?, requested_amount = ?, own_contribution = ?, budget_lines = ?, "
              + "declared_documents = ?, channel = ?, registered_by = ?, submitted_at = ?, "
              + "submissions = submissions + 1 where id = ?",
          input.organisationName(), input.legalForm(), input.registrationDate(), input.contactPerson(),
          input.phone(), input.email(), input.projectTitle(), input.summary(), input.workPlan(),
          input.requestedAmount(), input.ownContribution(), ColumnJson.write(input.budgetLines()),
          ColumnJson.write(input.declaredDocuments()), channel, registeredBy, Timestamp.from(now),
          earlier.get().id());
      return new Registration(callNumber, earlier.get().registrationNumber(), input.organisationName(),
          input.projectTitle(), now, true);
    }
    String number = callNumber + "-" + String.format(Locale.ROOT, "%03d", calls.nextRegistration(callNumber));
    jdbc.update("insert into so_competition_application (call_number, registration_number, tax_number, "
            + "organisation_name, legal_form, registration_date, contact_person, phone, email, project_title, "
            + "summary, work_plan, requested_amount, own_contribution, budget_lines, declared_documents, channel, "
            + "registered_by, first_submitted_at, submitted_at, submissions) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        callNumber, number, input.taxNumber(), input.organisationName(), input.legalForm(),
        input.registrationDate(), input.contactPerson(), input.phone(), input.email(), input.projectTitle(),
        input.summary(), input.workPlan(), input.requestedAmount(), input.ownContribution(),
        ColumnJson.write(input.budgetLines()), ColumnJson.write(input.declaredDocuments()), channel, registeredBy,
        Timestamp.from(now), Timestamp.from(now));
    return new Registration(callNumber, number, input.organisationName(), input.projectTitle(), now, false);
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
