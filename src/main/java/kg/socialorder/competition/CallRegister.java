package kg.socialorder.competition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The published calls ({@code so_competition_call}) and the publications made for them. */
@Component
public class CallRegister {

  static final String PUBLICATION_CALL = "call";
  static final String PUBLICATION_RESULTS = "results";

  private final JdbcTemplate jdbc;

  public CallRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a publication once: true the first time, false when it was already made (a retried
   * job), so that the caller publishes nothing twice.
   */
  public boolean publishOnce(String callNumber, String kind, int round, Instant now) {
    Integer made = jdbc.queryForObject("select count(*) from so_competition_publication "
        + "where call_number = ? and kind = ? and publication_round = ?", Integer.class, callNumber, kind, round);
    if (made > 0) {
      return false;
    }
    jdbc.update("insert into so_competition_publication (call_number, kind, publication_round, published_at) "
        + "values (?, ?, ?, ?)", callNumber, kind, round, Timestamp.from(now));
    return true;
  }

  public void insert(CompetitionCall call) {
    jdbc.update("insert into so_competition_call (call_number, process_instance_id, business_key, call_round, "
            + "municipality, theme_number, problem, target_group, goal, tasks, expected_results, term_months, "
            + "budget_ceiling, eligibility_requirements, scoring_criteria, deadline_date, deadline_at, status, "
            + "published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        call.callNumber(), call.processInstanceId(), call.businessKey(), call.round(), call.municipality(),
        call.themeNumber(), call.problem(), call.targetGroup(), call.goal(), call.tasks(), call.expectedResults(),
        call.termMonths(), call.budgetCeiling(), call.eligibilityRequirements(),
        ColumnJson.write(call.scoringCriteria()), call.deadlineDate(), Timestamp.from(call.deadlineAt()),
        call.status().name(), Timestamp.from(call.publishedAt()));
  }

  public Optional<CompetitionCall> find(String callNumber) {
    return jdbc.query("select * from so_competition_call where call_number = ?", CALL, callNumber)
        .stream().findFirst();
  }

  /**
   * The last call published under a business key (a theme's key within a social order): a re-announced
   * competition's new call, not the failed one.
   */
  public Optional<CompetitionCall> latest(String businessKey) {
    return jdbc.query("select * from so_competition_call where business_key = ? "
            + "order by published_at desc, call_round desc", CALL, businessKey).stream().findFirst();
  }

  public CompetitionCall get(String callNumber) {
    return find(callNumber).orElseThrow(() -> new IllegalStateException("No published call " + callNumber));
  }

  /** Locks the call's row until the transaction ends: submissions to one call take their turn. */
  public Optional<CompetitionCall> lock(String callNumber) {
    return jdbc.query("select * from so_competition_call where call_number = ? for update", CALL, callNumber)
        .stream().findFirst();
  }

  /** The next registration number's sequence; the caller holds the row's lock. */
  public int nextRegistration(String callNumber) {
    jdbc.update("update so_competition_call set last_registration = last_registration + 1 where call_number = ?",
        callNumber);
    return jdbc.queryForObject("select last_registration from so_competition_call where call_number = ?",
        Integer.class, callNumber);
  }

  /** Calls the public may see, newest first. */
  public List<CompetitionCall> publicCalls() {
    return jdbc.query("select * from so_competition_call order by published_at desc, call_number", CALL);
  }

  public void setStatus(String callNumber, CallStatus status) {
    jdbc.update("update so_competition_call set status = ? where call_number = ?", status.name(), callNumber);
  }

  public void startScoringRound(String callNumber, int round, CallStatus status) {
    jdbc.update("update so_competition_call set status = ?, scoring_round = ?, winner_application_id = null, "
        + "appeal_deadline_at = null where call_number = ?", status.name(), round, callNumber);
  }

  public void publishResults(String callNumber, long winner, String protocolNumber, LocalDate protocolDate,
      Instant publishedAt, Instant appealDeadline) {
    jdbc.update("update so_competition_call set status = ?, winner_application_id = ?, protocol_number = ?, "
            + "protocol_date = ?, results_published_at = ?, appeal_deadline_at = ? where call_number = ?",
        CallStatus.RESULTS.name(), winner, protocolNumber, protocolDate, Timestamp.from(publishedAt),
        Timestamp.from(appealDeadline), callNumber);
  }

  public void close(String callNumber, CallStatus status, String reason) {
    jdbc.update("update so_competition_call set status = ?, outcome_reason = ? where call_number = ?",
        status.name(), reason, callNumber);
  }

  private static final RowMapper<CompetitionCall> CALL = CallRegister::call;

  private static CompetitionCall call(ResultSet rs, int row) throws SQLException {
    long winner = rs.getLong("winner_application_id");
    Integer noWinner = rs.wasNull() ? null : 0;
    return new CompetitionCall(
        rs.getString("call_number"), rs.getString("process_instance_id"), rs.getString("business_key"),
        rs.getInt("call_round"), rs.getString("municipality"), rs.getInt("theme_number"), rs.getString("problem"),
        rs.getString("target_group"), rs.getString("goal"), rs.getString("tasks"), rs.getString("expected_results"),
        rs.getInt("term_months"), rs.getBigDecimal("budget_ceiling"), rs.getString("eligibility_requirements"),
        ColumnJson.list(rs.getString("scoring_criteria"), ScoringCriterion.class),
        rs.getObject("deadline_date", LocalDate.class), instant(rs, "deadline_at"),
        CallStatus.valueOf(rs.getString("status")), instant(rs, "published_at"), rs.getInt("scoring_round"),
        noWinner == null ? null : winner, rs.getString("protocol_number"),
        rs.getObject("protocol_date", LocalDate.class), instant(rs, "results_published_at"),
        instant(rs, "appeal_deadline_at"), rs.getString("outcome_reason"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
