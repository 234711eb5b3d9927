package kg.socialorder.competition;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The commission's declarations and scores ({@code so_competition_review}, {@code so_competition_score}),
 * one set of rows per member and scoring round: members who complete at the same moment write rows
 * of their own and never the same variable.
 */
@Component
public class ScoreRegister {

  private final JdbcTemplate jdbc;

  public ScoreRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces what the member recorded in this round. */
  public void recordSheet(String callNumber, int round, String member, List<ConflictDeclaration> conflicts,
      List<ScoreEntry> scores) {
    jdbc.update("delete from so_competition_score where call_number = ? and scoring_round = ? and member = ?",
        callNumber, round, member);
    jdbc.update("delete from so_competition_review where call_number = ? and scoring_round = ? and member = ?",
        callNumber, round, member);
    jdbc.batchUpdate("insert into so_competition_review (call_number, scoring_round, application_id, member, "
            + "conflict_of_interest) values (?, ?, ?, ?, ?)",
        conflicts.stream().map(c -> new Object[] {callNumber, round, c.applicationId(), member, c.conflictOfInterest()})
            .toList());
    jdbc.batchUpdate("insert into so_competition_score (call_number, scoring_round, application_id, member, "
            + "criterion, score) values (?, ?, ?, ?, ?, ?)",
        scores.stream().map(s -> new Object[] {callNumber, round, s.applicationId(), member, s.criterion(), s.score()})
            .toList());
  }

  /** The scores of a round: application → member → criterion → score. */
  public Map<Long, Map<String, Map<String, Integer>>> scores(String callNumber, int round) {
    Map<Long, Map<String, Map<String, Integer>>> scores = new java.util.LinkedHashMap<>();
    jdbc.query("select application_id, member, criterion, score from so_competition_score "
            + "where call_number = ? and scoring_round = ? order by application_id, member, criterion",
        rs -> {
          scores.computeIfAbsent(rs.getLong("application_id"), k -> new java.util.TreeMap<>())
              .computeIfAbsent(rs.getString("member"), k -> new java.util.HashMap<>())
              .put(rs.getString("criterion"), rs.getInt("score"));
        }, callNumber, round);
    return scores;
  }

  /** The members who declared a conflict of interest on an application in a round. */
  public List<String> conflictedMembers(String callNumber, int round, long applicationId) {
    return jdbc.queryForList("select member from so_competition_review where call_number = ? "
            + "and scoring_round = ? and application_id = ? and conflict_of_interest = true order by member",
        String.class, callNumber, round, applicationId);
  }

  /** What a member scored in a round: application → criterion → score (to prefill a new round). */
  public Map<Long, Map<String, Integer>> scoresOf(String callNumber, int round, String member) {
    Map<Long, Map<String, Integer>> scores = new java.util.HashMap<>();
    jdbc.query("select application_id, criterion, score from so_competition_score "
            + "where call_number = ? and scoring_round = ? and member = ?",
        rs -> {
          scores.computeIfAbsent(rs.getLong("application_id"), k -> new java.util.HashMap<>())
              .put(rs.getString("criterion"), rs.getInt("score"));
        }, callNumber, round, member);
    return scores;
  }

  /** The applications a member declared a conflict on in a round. */
  public List<Long> conflictsOf(String callNumber, int round, String member) {
    return jdbc.queryForList("select application_id from so_competition_review where call_number = ? "
        + "and scoring_round = ? and member = ? and conflict_of_interest = true", Long.class, callNumber, round, member);
  }
}
