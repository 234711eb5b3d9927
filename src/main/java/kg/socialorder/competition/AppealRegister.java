package kg.socialorder.competition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Appeals against published results ({@code so_competition_appeal}). */
@Component
public class AppealRegister {

  private final JdbcTemplate jdbc;

  public AppealRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long file(String callNumber, long applicationId, int scoringRound, String grounds, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into so_competition_appeal (call_number, application_id, "
          + "scoring_round, grounds, filed_at, status) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, callNumber);
      statement.setLong(2, applicationId);
      statement.setInt(3, scoringRound);
      statement.setString(4, grounds);
      statement.setTimestamp(5, Timestamp.from(now));
      statement.setString(6, Appeal.FILED);
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  /** Appeals filed and not yet decided, oldest first. */
  public List<Appeal> pending(String callNumber) {
    return jdbc.query("select * from so_competition_appeal where call_number = ? and status = ? order by filed_at, id",
        APPEAL, callNumber, Appeal.FILED);
  }

  public List<Appeal> ofCall(String callNumber) {
    return jdbc.query("select * from so_competition_appeal where call_number = ? order by filed_at, id",
        APPEAL, callNumber);
  }

  public void decide(long id, String status, String reason, String decidedBy, Instant now) {
    jdbc.update("update so_competition_appeal set status = ?, decision_reason = ?, decided_by = ?, decided_at = ? "
        + "where id = ? and status = ?", status, reason, decidedBy, Timestamp.from(now), id, Appeal.FILED);
  }

  private static final RowMapper<Appeal> APPEAL = AppealRegister::appeal;

  private static Appeal appeal(ResultSet rs, int row) throws SQLException {
    return new Appeal(rs.getLong("id"), rs.getString("call_number"), rs.getLong("application_id"),
        rs.getInt("scoring_round"), rs.getString("grounds"), CallRegister.instant(rs, "filed_at"),
        rs.getString("status"), rs.getString("decision_reason"));
  }
}
