package kg.socialorder.problemselection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kg.socialorder.problemselection.SelectionOutcome.ProblemOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case record of problem selection (so_problem_selection, so_candidate_problem), written by the
 * step that records the approved themes, in the engine's transaction. A selection recorded again
 * (a step re-run by an operator) replaces its rows: the record says how the selection ended.
 */
@Component
public class ProblemSelectionRegister {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ProblemSelectionRegister(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(SelectionOutcome outcome, String recordedBy) {
    String key = outcome.selectionKey();
    jdbc.update("delete from so_candidate_problem where selection_key = ?", key);
    jdbc.update("delete from so_problem_selection where selection_key = ?", key);
    jdbc.update("insert into so_problem_selection (selection_key, municipality, programme_name, selection_year, "
            + "budget_envelope, voting_method, participants_total, participants_women, council_decision, "
            + "resolution_number, resolution_date, approved_budget_total, recorded_by, recorded_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        key, outcome.municipality(), outcome.programmeName(), outcome.year(), outcome.budgetEnvelope(),
        outcome.votingMethod(), outcome.participantsTotal(), outcome.participantsWomen(), outcome.councilDecision(),
        outcome.resolutionNumber(), Date.valueOf(outcome.resolutionDate()), outcome.approvedBudgetTotal(),
        recordedBy, Timestamp.from(clock.instant()));
    jdbc.batchUpdate("insert into so_candidate_problem (selection_key, problem_id, title, description, "
            + "affected_group, source, votes, ranking, theme_number, theme_key, target_group, budget) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        outcome.problems().stream().map(p -> new Object[] {key, p.problemId(), p.title(), p.description(),
            p.affectedGroup(), p.source(), p.votes(), p.rank(), p.themeNumber(), p.themeKey(), p.targetGroup(),
            p.budget()}).toList());
  }

  /** How residents chose the problem of a theme (by the theme's key); empty for a key no selection approved. */
  public Optional<ChosenTheme> theme(String themeKey) {
    return jdbc.query("select p.title, p.votes, p.theme_number, s.selection_key, s.participants_total, "
            + "s.participants_women, s.voting_method, "
            + "(select count(*) from so_candidate_problem c where c.selection_key = s.selection_key) "
            + "from so_candidate_problem p join so_problem_selection s on s.selection_key = p.selection_key "
            + "where p.theme_key = ?",
        (rs, n) -> new ChosenTheme(rs.getString(4), rs.getInt(3), rs.getString(1), rs.getLong(2), rs.getLong(5),
            rs.getObject(6) == null ? null : rs.getLong(6), rs.getString(7), rs.getInt(8)),
        themeKey).stream().findFirst();
  }

  /** A theme as residents chose it: its problem and votes, and the selection's participation. */
  public record ChosenTheme(String selectionKey, int themeNumber, String problem, long votes,
      long participantsTotal, Long participantsWomen, String votingMethod, int problemsConsidered) {}

  /** Every problem the selection registered, best ranked first, approved ones with their theme. */
  public List<ProblemOutcome> problems(String selectionKey) {
    return jdbc.query("select problem_id, title, description, affected_group, source, votes, ranking, theme_number, "
            + "theme_key, target_group, budget from so_candidate_problem where selection_key = ? "
            + "order by ranking, problem_id",
        (rs, n) -> new ProblemOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getLong(6), rs.getInt(7), rs.getObject(8, Integer.class), rs.getString(9),
            rs.getString(10), rs.getBigDecimal(11)),
        selectionKey);
  }
}
