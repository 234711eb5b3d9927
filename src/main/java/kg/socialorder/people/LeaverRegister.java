package kg.socialorder.people;

import static kg.socialorder.people.MunicipalityRegister.instant;
import static kg.socialorder.people.MunicipalityRegister.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of people who left (so_person_left, V14): one row per person deactivated. */
@Repository
class LeaverRegister {

  private static final String COLUMNS = "user_id, first_name, last_name, email, municipality, roles, deactivated_at, "
      + "deactivated_by, successor, tasks_handed_over";

  private final JdbcTemplate jdbc;

  LeaverRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the row; a second deactivation of the same person fails on the primary key (DuplicateKeyException). */
  void insert(Leaver leaver) {
    jdbc.update("insert into so_person_left (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        leaver.userId(), leaver.firstName(), leaver.lastName(), leaver.email(), leaver.municipality(),
        String.join(",", leaver.roles()), utc(leaver.deactivatedAt()), leaver.deactivatedBy(), leaver.successor(),
        leaver.tasksHandedOver());
  }

  void tasksHandedOver(String userId, int tasks) {
    jdbc.update("update so_person_left set tasks_handed_over = ? where user_id = ?", tasks, userId);
  }

  Optional<Leaver> find(String userId) {
    return jdbc.query("select " + COLUMNS + " from so_person_left where user_id = ?", LeaverRegister::row, userId)
        .stream().findFirst();
  }

  /** The municipality's leavers, the latest first. */
  List<Leaver> of(String municipality) {
    return jdbc.query("select " + COLUMNS + " from so_person_left where municipality = ? "
        + "order by deactivated_at desc, user_id", LeaverRegister::row, municipality);
  }

  private static Leaver row(ResultSet rs, int n) throws SQLException {
    String roles = rs.getString("roles");
    return new Leaver(rs.getString("user_id"), rs.getString("first_name"), rs.getString("last_name"),
        rs.getString("email"), rs.getString("municipality"),
        roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), instant(rs, "deactivated_at"),
        rs.getString("deactivated_by"), rs.getString("successor"), rs.getInt("tasks_handed_over"));
  }
}
