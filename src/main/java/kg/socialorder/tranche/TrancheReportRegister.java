package kg.socialorder.tranche;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every tranche report submitted (so_tranche_report and its lines), each version kept with the
 * decision taken on it. Written in the engine's transaction by the submitting and deciding steps.
 */
@Component
public class TrancheReportRegister {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public TrancheReportRegister(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Keeps a submitted report as the tranche's next version; returns that version (1 for the first). */
  public int submit(TrancheReport report, String by) {
    Integer last = jdbc.queryForObject("select max(version) from so_tranche_report where municipality = ? "
        + "and contract_number = ? and tranche_number = ?", Integer.class, report.municipality(),
        report.contractNumber(), report.trancheNumber());
    int version = last == null ? 1 : last + 1;
    jdbc.update("insert into so_tranche_report (municipality, contract_number, tranche_number, version, activities, "
            + "expenses_total, indicators_on_track, submitted_on, submitted_by, submitted_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        report.municipality(), report.contractNumber(), report.trancheNumber(), version, report.activities(),
        report.expensesTotal(), report.onTrack(), Date.valueOf(report.submittedOn()), by,
        Timestamp.from(clock.instant()));
    long id = jdbc.queryForObject("select id from so_tranche_report where municipality = ? and contract_number = ? "
        + "and tranche_number = ? and version = ?", Long.class, report.municipality(), report.contractNumber(),
        report.trancheNumber(), version);
    List<Object[]> lines = new ArrayList<>();
    for (int i = 0; i < report.progress().size(); i++) {
      IndicatorProgress line = report.progress().get(i);
      lines.add(new Object[] {id, i + 1, line.name(), line.unit(), line.target(), line.expected(), line.reached()});
    }
    jdbc.batchUpdate("insert into so_tranche_report_indicator (report_id, line_number, name, unit, target, expected, "
        + "reached) values (?, ?, ?, ?, ?, ?, ?)", lines);
    List<Object[]> expenses = new ArrayList<>();
    for (int i = 0; i < report.expenses().size(); i++) {
      Expense expense = report.expenses().get(i);
      expenses.add(new Object[] {id, i + 1, expense.budgetLine(), expense.amount(), expense.description()});
    }
    jdbc.batchUpdate("insert into so_tranche_report_expense (report_id, line_number, budget_line, amount, "
        + "description) values (?, ?, ?, ?, ?)", expenses);
    return version;
  }

  /** Records the decision on the tranche's last report not yet decided (none: nothing to record). */
  public void decide(String municipality, String contractNumber, int trancheNumber, ReportOutcome outcome) {
    jdbc.update("update so_tranche_report set outcome = ?, decided_at = ? where municipality = ? "
            + "and contract_number = ? and tranche_number = ? and outcome is null",
        outcome.name(), Timestamp.from(clock.instant()), municipality, contractNumber, trancheNumber);
  }

  /** Every version of every report of a contract, by tranche and version. */
  public List<Submitted> ofContract(String municipality, String contractNumber) {
    List<Submitted> reports = jdbc.query("select id, tranche_number, version, activities, submitted_on, submitted_by, "
            + "submitted_at, outcome, expenses_total, indicators_on_track from so_tranche_report "
            + "where municipality = ? and contract_number = ? order by tranche_number, version",
        (rs, n) -> new Submitted(rs.getLong(1), new TrancheReport(municipality, contractNumber, rs.getInt(2),
            rs.getString(4), List.of(), List.of(), rs.getDate(5).toLocalDate()), rs.getInt(3), rs.getString(6),
            rs.getTimestamp(7).toInstant(), rs.getString(8) == null ? null : ReportOutcome.valueOf(rs.getString(8))),
        municipality, contractNumber);
    return reports.stream().map(this::withLines).toList();
  }

  private Submitted withLines(Submitted s) {
    List<IndicatorProgress> progress = jdbc.query("select name, unit, target, expected, reached from "
            + "so_tranche_report_indicator where report_id = ? order by line_number",
        (rs, n) -> new IndicatorProgress(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5)), s.id());
    List<Expense> expenses = jdbc.query("select budget_line, amount, description from so_tranche_report_expense "
            + "where report_id = ? order by line_number",
        (rs, n) -> new Expense(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)), s.id());
    TrancheReport r = s.report();
    return new Submitted(s.id(), new TrancheReport(r.municipality(), r.contractNumber(), r.trancheNumber(),
        r.activities(), progress, expenses, r.submittedOn()), s.version(), s.submittedBy(), s.submittedAt(),
        s.outcome());
  }

  /** A report version as kept, with who submitted it when and what was decided on it (null: not yet). */
  public record Submitted(long id, TrancheReport report, int version, String submittedBy, Instant submittedAt,
      ReportOutcome outcome) {}
}
