package kg.socialorder.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table of municipalities (so_municipality, V14): one row per tenant the administrator keeps. */
@Repository
class MunicipalityRegister {

  private static final String COLUMNS =
      "id, name_ky, name_ru, created_at, created_by, renamed_at, renamed_by, closed_at, closed_by";

  private final JdbcTemplate jdbc;

  MunicipalityRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the row; a second row of the same id fails on the primary key (DuplicateKeyException). */
  void insert(String id, String nameKy, String nameRu, Instant at, String by) {
    jdbc.update("insert into so_municipality (id, name_ky, name_ru, created_at, created_by) values (?, ?, ?, ?, ?)",
        id, nameKy, nameRu, utc(at), by);
  }

  /** Renames an open municipality; false when there is none of that id open (row locked until commit). */
  boolean rename(String id, String nameKy, String nameRu, Instant at, String by) {
    return jdbc.update("update so_municipality set name_ky = ?, name_ru = ?, renamed_at = ?, renamed_by = ? "
        + "where id = ? and closed_at is null", nameKy, nameRu, utc(at), by, id) == 1;
  }

  /** Closes an open municipality; false when there is none of that id open. */
  boolean close(String id, Instant at, String by) {
    return jdbc.update("update so_municipality set closed_at = ?, closed_by = ? where id = ? and closed_at is null",
        utc(at), by, id) == 1;
  }

  Optional<RegisteredMunicipality> find(String id) {
    return jdbc.query("select " + COLUMNS + " from so_municipality where id = ?", MunicipalityRegister::row, id)
        .stream().findFirst();
  }

  boolean exists(String id) {
    Integer count = jdbc.queryForObject("select count(*) from so_municipality where id = ?", Integer.class, id);
    return count != null && count > 0;
  }

  /** Open ones first, then by name. */
  List<RegisteredMunicipality> all() {
    return jdbc.query("select " + COLUMNS + " from so_municipality "
        + "order by case when closed_at is null then 0 else 1 end, name_ky, id", MunicipalityRegister::row);
  }

  private static RegisteredMunicipality row(ResultSet rs, int n) throws SQLException {
    return new RegisteredMunicipality(rs.getString("id"), rs.getString("name_ky"), rs.getString("name_ru"),
        instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "renamed_at"), rs.getString("renamed_by"),
        instant(rs, "closed_at"), rs.getString("closed_by"));
  }

  static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
