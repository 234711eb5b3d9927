package kg.socialorder.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers {@link SubmittedValuesHistoryLevel} to the engine, and when it is the configured level,
 * moves a database written at {@code full} to it before the engine checks its level.
 *
 * <p>The engine stores its history level in the database and refuses to start with another one, so
 * that every node of a cluster writes the same history. This level keeps a subset of what full
 * keeps, so history written at full stays valid under it: the property moves from full to this
 * level once, logged. Returning to full means setting the property {@code historyLevel} in
 * {@code ACT_GE_PROPERTY} back to 3 while the application is stopped.
 */
final class SubmittedValuesHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(SubmittedValuesHistoryPlugin.class);
  private static final String PROPERTY = "historyLevel";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new SubmittedValuesHistoryLevel());
    configuration.setCustomHistoryLevels(levels);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel() instanceof SubmittedValuesHistoryLevel) {
      moveFromFull(configuration.getDataSource(), configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY");
    }
  }

  /** Sets the stored level to this one where it is full; a new database (no table yet) is left to the engine. */
  static void moveFromFull(DataSource dataSource, String table) {
    try (Connection connection = dataSource.getConnection()) {
      if (!exists(connection.getMetaData(), table)) {
        return;
      }
      try (PreparedStatement update = connection.prepareStatement(
          "update " + table + " set VALUE_ = ? where NAME_ = ? and VALUE_ = ?")) {
        update.setString(1, Integer.toString(SubmittedValuesHistoryLevel.ID));
        update.setString(2, PROPERTY);
        update.setString(3, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
        if (update.executeUpdate() > 0) {
          if (!connection.getAutoCommit()) {
            connection.commit();
          }
          LOG.info("History level moved from full to {}: the history written so far is kept;"
              + " from now on variables the process sets for itself get no detail row",
              SubmittedValuesHistoryLevel.NAME);
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not move the stored history level from full to "
          + SubmittedValuesHistoryLevel.NAME + ": " + e.getMessage(), e);
    }
  }

  /** Whether the table, named as the engine names it (a table prefix may name its schema), exists. */
  private static boolean exists(DatabaseMetaData metadata, String table) throws SQLException {
    int dot = table.lastIndexOf('.');
    String schema = dot < 0 ? null : table.substring(0, dot);
    String name = table.substring(dot + 1);
    for (boolean lower : new boolean[] {false, true}) {
      try (ResultSet tables = metadata.getTables(null, schema == null ? null : cased(schema, lower),
          cased(name, lower), new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
  private static String cased(String name, boolean lower) {
    return lower ? name.toLowerCase() : name.toUpperCase();
  }
}
