package kg.socialorder.engine;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;

/**
 * How the database connections are shared, so that nobody waits for a connection that never comes:
 * each job-executor thread holds one while it runs a job, the job acquisition and the health check
 * one each, and the rest are the requests' slots ({@link RequestAdmission}).
 *
 * @param connections the pool's maximum size ({@code spring.datasource.hikari.maximum-pool-size})
 * @param jobThreads the job executor's maximum threads ({@code camunda.bpm.job-execution.max-pool-size})
 * @param reserved the job acquisition and the health check (or the health check alone without jobs)
 * @param requestSlots requests that may work on the database at once, of which {@link #keptForReading()}
 *     only for requests that read
 */
public record Capacity(int connections, int jobThreads, int reserved, int requestSlots) {

  /** A pool that is not Hikari's (Spring Boot's default) is taken to have Hikari's default size. */
  private static final int DEFAULT_CONNECTIONS = 10;

  static Capacity of(DataSource dataSource, JobExecutionProperty jobs) {
    HikariDataSource hikari = unwrap(dataSource);
    int connections = hikari == null ? DEFAULT_CONNECTIONS : hikari.getMaximumPoolSize();
    int jobThreads = jobs.isEnabled() ? jobs.getMaxPoolSize() : 0;
    int reserved = jobs.isEnabled() ? 2 : 1;
    int requestSlots = connections - jobThreads - reserved;
    if (requestSlots < 1) {
      throw new IllegalStateException("spring.datasource.hikari.maximum-pool-size (" + connections
          + ") must exceed camunda.bpm.job-execution.max-pool-size (" + jobThreads + ") by more than " + reserved
          + ": each job thread holds a connection, " + reserved + " are kept for job acquisition and health, "
          + "and requests need at least one");
    }
    return new Capacity(connections, jobThreads, reserved, requestSlots);
  }

  /** The request slots that only reading requests may take: a third, and one at least where there are two. */
  public int keptForReading() {
    return requestSlots < 2 ? 0 : Math.max(1, requestSlots / 3);
  }

  /** The pool's live figures, or null before its first connection and for a pool that is not Hikari's. */
  static HikariPoolMXBean pool(DataSource dataSource) {
    HikariDataSource hikari = unwrap(dataSource);
    return hikari == null ? null : hikari.getHikariPoolMXBean();
  }

  private static HikariDataSource unwrap(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return connections + " database connections: " + requestSlots + " for requests (" + keptForReading()
        + " of them kept for requests that only read), " + jobThreads
        + " for job-executor threads, " + reserved + " kept for job acquisition and health";
  }
}
