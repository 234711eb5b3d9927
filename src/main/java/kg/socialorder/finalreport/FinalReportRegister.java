package kg.socialorder.finalreport;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.socialorder.finalreport.FinalReportCase.Contract;
import kg.socialorder.finalreport.FinalReportCase.Evaluation;
import kg.socialorder.finalreport.FinalReportCase.Hearing;
import kg.socialorder.finalreport.FinalReportCase.Refund;
import kg.socialorder.finalreport.FinalReportCase.Submission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case record of final reports (so_final_report and the tables beside it), one per report's
 * business key, written by its steps in the engine's transaction. A step done again (a task completed
 * after an operator moved the token back) replaces what it recorded before. Opening, submitting and
 * refunding raise {@link FinalReportRecorded} (the money and indicators others add up).
 */
@Component
public class FinalReportRegister {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public FinalReportRegister(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** The report starts from the contract's figures. */
  public void opened(Contract contract) {
    String key = contract.businessKey();
    jdbc.update("delete from so_hearing_question where business_key = ?", key);
    for (String table : List.of("so_public_hearing", "so_refund", "so_final_evaluation", "so_final_indicator",
        "so_final_report")) {
      jdbc.update("delete from " + table + " where business_key = ?", key);
    }
    jdbc.update("insert into so_final_report (business_key, municipality, contract_number, organisation_name, "
            + "contract_amount, total_paid, contract_outcome, termination_reason, started_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        key, contract.municipality(), contract.contractNumber(), contract.organisationName(),
        contract.contractAmount(), contract.totalPaid(), contract.outcome(), contract.terminationReason(), now());
    List<Object[]> lines = new ArrayList<>();
    for (int i = 0; i < contract.indicators().size(); i++) {
      IndicatorTarget target = contract.indicators().get(i);
      lines.add(new Object[] {key, i + 1, target.name(), target.unit(), target.target()});
    }
    jdbc.batchUpdate("insert into so_final_indicator (business_key, line_number, name, unit, target) "
        + "values (?, ?, ?, ?, ?)", lines);
    events.publishEvent(new FinalReportRecorded(key));
  }

  public void submitted(String key, String results, List<IndicatorResult> indicators,
      BigDecimal totalSpent, String by) {
    jdbc.update("update so_final_report set results = ?, total_spent = ?, submitted_by = ?, submitted_at = ? "
        + "where business_key = ?", results, totalSpent, by, now(), key);
    for (int i = 0; i < indicators.size(); i++) {
      jdbc.update("update so_final_indicator set reached = ? where business_key = ? and line_number = ?",
          indicators.get(i).reached(), key, i + 1);
    }
    events.publishEvent(new FinalReportRecorded(key));
  }

  public void evaluated(String key, String rating, String conclusions, String recommendations, String by) {
    jdbc.update("delete from so_final_evaluation where business_key = ?", key);
    jdbc.update("insert into so_final_evaluation (business_key, rating, conclusions, recommendations, recorded_by, "
        + "recorded_at) values (?, ?, ?, ?, ?, ?)", key, rating, conclusions, recommendations, by, now());
  }

  public void refunded(String key, BigDecimal amount, LocalDate date, String reference,
      String by) {
    jdbc.update("delete from so_refund where business_key = ?", key);
    jdbc.update("insert into so_refund (business_key, amount, refund_date, reference, recorded_by, recorded_at) "
        + "values (?, ?, ?, ?, ?, ?)", key, amount, Date.valueOf(date), reference, by, now());
    events.publishEvent(new FinalReportRecorded(key));
  }

  public void hearingHeld(String key, String format, LocalDate date, String place, long attendance,
      String minutes, List<HearingQuestion> questions, String by) {
    jdbc.update("delete from so_hearing_question where business_key = ?", key);
    jdbc.update("delete from so_public_hearing where business_key = ?", key);
    jdbc.update("insert into so_public_hearing (business_key, hearing_format, hearing_date, place, attendance, "
            + "minutes, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        key, format, Date.valueOf(date), place, attendance, minutes, by, now());
    List<Object[]> lines = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      lines.add(new Object[] {key, i + 1, questions.get(i).question(), questions.get(i).answer()});
    }
    jdbc.batchUpdate("insert into so_hearing_question (business_key, line_number, question, answer) "
        + "values (?, ?, ?, ?)", lines);
  }

  /** The final report of {@code key} as recorded so far; empty for a key no final report started with. */
  public Optional<FinalReportCase> find(String key) {
    List<Started> started = jdbc.query("select municipality, contract_number, organisation_name, contract_amount, "
            + "total_paid, contract_outcome, termination_reason, results, total_spent, submitted_by, submitted_at "
            + "from so_final_report where business_key = ?",
        (rs, n) -> new Started(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
            rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
            rs.getString(10), rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()),
        key);
    return started.stream().findFirst().map(row -> report(key, row));
  }

  /** The report's own row, read before the rows beside it. */
  private record Started(String municipality, String contractNumber, String organisationName,
      BigDecimal contractAmount, BigDecimal totalPaid, String outcome, String terminationReason, String results,
      BigDecimal totalSpent, String submittedBy, Instant submittedAt) {}

  private FinalReportCase report(String key, Started row) {
    List<IndicatorResult> indicators = jdbc.query("select name, unit, target, reached from so_final_indicator "
            + "where business_key = ? order by line_number",
        (rs, n) -> new IndicatorResult(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
        key);
    Contract contract = new Contract(key, row.municipality(), row.contractNumber(), row.organisationName(),
        row.contractAmount(), row.totalPaid(), row.outcome(), row.terminationReason(),
        indicators.stream().map(i -> new IndicatorTarget(i.name(), i.unit(), i.target())).toList());
    Submission submission = row.submittedAt() == null ? null
        : new Submission(row.results(), indicators, row.totalSpent(), row.submittedBy(), row.submittedAt());
    Evaluation evaluation = jdbc.query("select rating, conclusions, recommendations, recorded_by, recorded_at "
            + "from so_final_evaluation where business_key = ?",
        (rs, n) -> new Evaluation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant()), key).stream().findFirst().orElse(null);
    Refund refund = jdbc.query("select amount, refund_date, reference, recorded_by, recorded_at from so_refund "
            + "where business_key = ?",
        (rs, n) -> new Refund(rs.getBigDecimal(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant()), key).stream().findFirst().orElse(null);
    List<HearingQuestion> questions = jdbc.query("select question, answer from so_hearing_question "
            + "where business_key = ? order by line_number",
        (rs, n) -> new HearingQuestion(rs.getString(1), rs.getString(2)), key);
    Hearing hearing = jdbc.query("select hearing_format, hearing_date, place, attendance, minutes, recorded_by, "
            + "recorded_at from so_public_hearing where business_key = ?",
        (rs, n) -> new Hearing(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getLong(4),
            rs.getString(5), questions, rs.getString(6), rs.getTimestamp(7).toInstant()), key)
        .stream().findFirst().orElse(null);
    return new FinalReportCase(contract, submission, evaluation, refund, hearing);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
