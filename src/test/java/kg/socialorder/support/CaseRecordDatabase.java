package kg.socialorder.support;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case record's tables for a unit test of a service, without Spring and without the engine: a
 * fresh in-memory database migrated by the application's own migrations, as it is at start.
 */
public final class CaseRecordDatabase {

  private CaseRecordDatabase() {}

  public static JdbcTemplate migrated() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:case-record-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).table("so_schema_history").load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
