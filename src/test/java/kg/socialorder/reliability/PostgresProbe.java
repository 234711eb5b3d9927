package kg.socialorder.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import kg.socialorder.support.EmbeddedPostgres;

/**
 * Looks at the shared database from outside the application: the payment ledger, the engine's
 * runtime and history tables, and the server's own view of who waits on what. It also holds row and
 * table locks as a slow concurrent transaction would, which stops a node at an exact statement of a
 * payment or a task completion, so a test can kill it right there.
 */
final class PostgresProbe {

  private final EmbeddedPostgres database;

  PostgresProbe(EmbeddedPostgres database) {
    this.database = database;
  }

  /** A lock held by an open transaction of the probe; closing rolls it back. */
  final class HeldLock implements AutoCloseable {
    private final Connection connection;

    private HeldLock(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() {
      try (connection) {
        connection.rollback();
      } catch (SQLException e) {
        // the server went away (an outage): its transaction and lock went with it
      }
    }
  }

  /** Lets the ledger be read but not written: a payment step stops at its insert. */
  HeldLock holdPaymentLedger() {
    return hold("lock table so_payment in share mode");
  }

  /** Locks the history row of a task: its completion stops at the update that ends it. */
  HeldLock holdCompletionOf(String taskId) {
    return hold("select id_ from act_hi_taskinst where id_ = '" + taskId.replace("'", "") + "' for update");
  }

  /**
   * Waits until some node's statement starting with {@code statementStart} waits on a lock; returns
   * the name of that node (its connection's application_name).
   */
  String awaitBlocked(String statementStart, Duration deadline) {
    AtomicReference<String> node = new AtomicReference<>();
    Awaiting.until("a statement '" + statementStart + "…' waiting on a lock", deadline, () -> {
      List<String> waiting = strings("select application_name from pg_stat_activity where wait_event_type = 'Lock' "
          + "and query ilike ?", statementStart + "%");
      if (waiting.isEmpty()) {
        return false;
      }
      node.set(waiting.get(0));
      return true;
    });
    return node.get();
  }

  /** Entries of the payment ledger written for a tranche instance. */
  int ledgerEntries(String processInstanceId) {
    return count("select count(*) from so_payment where process_instance_id = ?", processInstanceId);
  }

  int ledgerEntries() {
    return count("select count(*) from so_payment");
  }

  /** Committed, finished executions of an activity in an instance (engine history). */
  int completions(String processInstanceId, String activityId) {
    return count("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ? "
        + "and end_time_ is not null", processInstanceId, activityId);
  }

  /** The activity ids of the instance's open tasks, sorted. */
  List<String> openTasks(String processInstanceId) {
    return strings("select task_def_key_ from act_ru_task where proc_inst_id_ = ? order by task_def_key_",
        processInstanceId);
  }

  /** Ids of the instance's open tasks at an activity. */
  List<String> openTaskIds(String processInstanceId, String activityId) {
    return strings("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
        processInstanceId, activityId);
  }

  record JobRow(String id, String lockOwner, Timestamp lockExpiry, int retries) {}

  /** The instance's job at an activity (an async step or a timer), if there is one. */
  Optional<JobRow> job(String processInstanceId, String activityId) {
    return query("select j.id_, j.lock_owner_, j.lock_exp_time_, j.retries_ from act_ru_job j "
            + "join act_ru_jobdef d on d.id_ = j.job_def_id_ where j.process_instance_id_ = ? and d.act_id_ = ?",
        rs -> new JobRow(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getInt(4)),
        processInstanceId, activityId).stream().findFirst();
  }

  record JobRun(String node, Timestamp at) {}

  /** Successful runs of the instance's jobs at an activity: which node (Camunda hostname) and when. */
  List<JobRun> successfulRuns(String processInstanceId, String activityId) {
    return query("select hostname_, timestamp_ from act_hi_job_log where process_instance_id_ = ? "
            + "and act_id_ = ? and job_state_ = 2 order by timestamp_",
        rs -> new JobRun(rs.getString(1), rs.getTimestamp(2)), processInstanceId, activityId);
  }

  /** Reminders the contractor got for a tranche instance (rows of the notification register). */
  int reminders(String processInstanceId) {
    return count("select count(*) from so_notification where process_instance_id = ? and kind = 'reportReminder'",
        processInstanceId);
  }

  private HeldLock hold(String statement) {
    try {
      Connection connection = connect();
      connection.setAutoCommit(false);
      try (var s = connection.createStatement()) {
        s.execute(statement);
      }
      return new HeldLock(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  private int count(String sql, Object... args) {
    return query(sql, rs -> rs.getInt(1), args).get(0);
  }

  private List<String> strings(String sql, Object... args) {
    return query(sql, rs -> rs.getString(1), args);
  }

  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      List<T> result = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          result.add(row.read(rs));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl() + "?ApplicationName=probe", database.username(), "");
  }
}
