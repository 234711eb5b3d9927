package kg.socialorder.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Counts what the application asks of its database, per thread: every SQL statement executed (each
 * entry of a JDBC batch counts as one statement, the batch as one round trip) and every commit, and
 * which kind of statement it was ("insert act_hi_detail"). Exact and independent of the machine, so
 * the counts of two runs can be compared where timings cannot. A JDK proxy of our own rather than a
 * library: it is forty lines, and it needs to see nothing but execute, executeBatch and commit.
 */
final class StatementCounter {

  private static final Pattern FIRST_TABLE = Pattern.compile(
      "^\\s*(update)\\s+([a-z0-9_.]+)|^\\s*(select|insert|delete|merge)\\b.*?\\b(?:from|into)\\s+([a-z0-9_.]+)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** What one thread has done so far; a step's figures are the difference of two snapshots. */
  static final class Counts {
    long statements;
    long roundTrips;
    long commits;
    final Map<String, Long> byKind = new TreeMap<>();

    Counts copy() {
      Counts copy = new Counts();
      copy.statements = statements;
      copy.roundTrips = roundTrips;
      copy.commits = commits;
      copy.byKind.putAll(byKind);
      return copy;
    }

    Counts minus(Counts earlier) {
      Counts difference = new Counts();
      difference.statements = statements - earlier.statements;
      difference.roundTrips = roundTrips - earlier.roundTrips;
      difference.commits = commits - earlier.commits;
      byKind.forEach((kind, n) -> {
        long d = n - earlier.byKind.getOrDefault(kind, 0L);
        if (d != 0) {
          difference.byKind.put(kind, d);
        }
      });
      return difference;
    }
  }

  private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);

  private StatementCounter() {
  }

  static Counts snapshot() {
    return COUNTS.get().copy();
  }

  static DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, (method, args, result) -> {
      if (method.getName().equals("getConnection")) {
        return proxy(Connection.class, result, StatementCounter::onConnection);
      }
      return result;
    });
  }

  private static Object onConnection(Method method, Object[] args, Object result) {
    String name = method.getName();
    if (name.equals("commit")) {
      COUNTS.get().commits++;
    } else if (result instanceof CallableStatement) {
      return proxy(CallableStatement.class, result, onStatement((String) args[0]));
    } else if (result instanceof PreparedStatement) {
      return proxy(PreparedStatement.class, result, onStatement((String) args[0]));
    } else if (result instanceof Statement) {
      return proxy(Statement.class, result, onStatement(null));
    }
    return result;
  }

  private static AfterCall onStatement(String preparedSql) {
    int[] batched = {0};
    String[] lastBatchSql = {preparedSql};
    return (method, args, result) -> {
      String name = method.getName();
      Counts counts = COUNTS.get();
      if (name.equals("addBatch")) {
        batched[0]++;
        if (args != null && args.length == 1) {
          lastBatchSql[0] = (String) args[0];
        }
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        counts.statements += batched[0];
        counts.roundTrips++;
        counts.byKind.merge(kind(lastBatchSql[0]), (long) batched[0], Long::sum);
        batched[0] = 0;
      } else if (name.startsWith("execute")) {
        counts.statements++;
        counts.roundTrips++;
        counts.byKind.merge(kind(args != null && args.length > 0 ? (String) args[0] : preparedSql), 1L, Long::sum);
      }
      return result;
    };
  }

  /** "insert act_hi_detail": the verb and the first table, enough to see where statements go. */
  static String kind(String sql) {
    if (sql == null) {
      return "?";
    }
    Matcher m = FIRST_TABLE.matcher(sql);
    if (m.find()) {
      int verb = m.group(1) != null ? 1 : 3;
      return m.group(verb).toLowerCase(Locale.ROOT) + " " + m.group(verb + 1).toLowerCase(Locale.ROOT);
    }
    String trimmed = sql.strip();
    int space = trimmed.indexOf(' ');
    return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /**
   * What a kind of statement is for, to say where a step's statements go: "job" (the job, its
   * definition, its log), "variables" (runtime and history rows, detail, byte arrays), "executions"
   * (the process instance's tree, its activities' history, event subscriptions), "tasks" (the task,
   * its candidates, its authorization and history, the people read for it), "decisions", "definitions"
   * (process definitions read), "ours" (the project's tables, {@code so_*}), "other".
   */
  static String area(String kind) {
    int space = kind.indexOf(' ');
    String table = space < 0 ? kind : kind.substring(space + 1);
    if (table.startsWith("so_")) {
      return "ours";
    }
    return switch (table) {
      case "act_ru_job", "act_ru_jobdef", "act_hi_job_log" -> "job";
      case "act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray" -> "variables";
      case "act_ru_execution", "act_hi_actinst", "act_hi_procinst", "act_ru_event_subscr" -> "executions";
      case "act_ru_task", "act_hi_taskinst", "act_ru_identitylink", "act_hi_identitylink", "act_ru_authorization",
          "act_id_user", "act_id_group", "act_id_membership", "act_id_tenant", "act_id_tenant_member",
          "act_ru_task_meter_log" -> "tasks";
      case "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_re_decision_def", "act_re_decision_req_def"
          -> "decisions";
      case "act_re_procdef", "act_re_deployment" -> "definitions";
      default -> "other";
    };
  }

  /** Whether a kind of statement writes a row (insert, update, delete; each statement one row here). */
  static boolean writes(String kind) {
    return kind.startsWith("insert ") || kind.startsWith("update ") || kind.startsWith("delete ")
        || kind.startsWith("merge ");
  }

  @FunctionalInterface
  private interface AfterCall {
    Object after(Method method, Object[] args, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && ((Class<?>) args[0]).isInstance(target)) {
        return target;
      }
      if (method.getName().equals("isWrapperFor") && args != null && ((Class<?>) args[0]).isInstance(target)) {
        return true;
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.after(method, args, result);
    };
    return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
