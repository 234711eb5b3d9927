package kg.socialorder.tranche;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monitoring group's visits (table so_monitoring_visit), written in the transaction of the step
 * that records them. Two nodes recording the same visit number: the second fails on the key.
 */
@Component
public class MonitoringVisitRegister {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
  private static final String COLUMNS = "select municipality, contract_number, tranche_number, visit_number, "
      + "visit_date, rating, expenses_confirmed, findings, members_present, recorded_at from so_monitoring_visit ";

  private final JdbcTemplate jdbc;

  public MonitoringVisitRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** How many visits of the tranche are recorded. */
  public int count(String municipality, String contractNumber, int trancheNumber) {
    Integer rows = jdbc.queryForObject("select count(*) from so_monitoring_visit where municipality = ? "
        + "and contract_number = ? and tranche_number = ?", Integer.class, municipality, contractNumber, trancheNumber);
    return rows == null ? 0 : rows;
  }

  void insert(MonitoringVisit visit, String processInstanceId) {
    jdbc.update("insert into so_monitoring_visit (municipality, contract_number, tranche_number, visit_number, "
            + "visit_date, rating, expenses_confirmed, findings, members_present, process_instance_id, recorded_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        visit.municipality(), visit.contractNumber(), visit.trancheNumber(), visit.visitNumber(),
        Date.valueOf(visit.visitDate()), visit.rating(), visit.expensesConfirmed(), visit.findings(),
        write(visit.membersPresent()), processInstanceId, Timestamp.from(visit.recordedAt()));
  }

  /** Every visit of a contract, by tranche and visit. */
  public List<MonitoringVisit> ofContract(String municipality, String contractNumber) {
    return jdbc.query(COLUMNS + "where municipality = ? and contract_number = ? order by tranche_number, visit_number",
        MonitoringVisitRegister::visit, municipality, contractNumber);
  }

  private static MonitoringVisit visit(ResultSet rs, int row) throws SQLException {
    return new MonitoringVisit(rs.getString("municipality"), rs.getString("contract_number"),
        rs.getInt("tranche_number"), rs.getInt("visit_number"), rs.getDate("visit_date").toLocalDate(),
        rs.getString("rating"), rs.getBoolean("expenses_confirmed"), rs.getString("findings"),
        read(rs.getString("members_present")), rs.getTimestamp("recorded_at").toInstant());
  }

  private static String write(List<String> names) {
    try {
      return MAPPER.writeValueAsString(names);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + names + " as JSON", e);
    }
  }

  private static List<String> read(String json) {
    try {
      return MAPPER.readValue(json, NAMES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored members present are not a JSON list: " + json, e);
    }
  }
}
