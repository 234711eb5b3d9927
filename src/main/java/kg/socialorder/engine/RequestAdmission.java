package kg.socialorder.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets no more requests work on the database at once than the connection pool keeps for them
 * ({@link Capacity#requestSlots()}); the others wait their turn here, first come first served. A
 * request holds at most one connection at a time, so an admitted request never waits for the pool,
 * and the job executor always finds the connections kept for it. When no turn comes within
 * {@code social-order.capacity.admission-wait}, the person is told in Kyrgyz and Russian that the
 * server is busy and to try again in a moment (503 with Retry-After), and the log says so.
 *
 * <p>A request whose database work waited too long for a lock or a connection, and failed for it, is
 * answered the same way where nothing has been sent yet (the portal; the webapps' API answers its own
 * errors, see the refusal answers of the webapps).
 *
 * <p>A third of the slots are kept for requests that only read (a page, a task list, its counts, a
 * form opened): a crowd submitting forms and starting procedures waits for its own slots and never
 * holds up the person who only wants to see their tasks.
 */
public class RequestAdmission extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);
  /** Queries of the Camunda REST APIs that are sent as POST but only read. */
  private static final Set<String> QUERIES = Set.of("list", "count");

  private final Semaphore slots;
  private final Semaphore writingSlots;
  private final int size;
  private final Duration wait;
  private final String busyMessage = UnavailableResponse.message("unavailable.busy");

  public RequestAdmission(Capacity capacity, Duration wait) {
    this.size = capacity.requestSlots();
    this.slots = new Semaphore(size, true);
    this.writingSlots = new Semaphore(size - capacity.keptForReading(), true);
    this.wait = wait;
  }

  /** Requests working on the database now. */
  public int working() {
    return size - slots.availablePermits();
  }

  /** Requests waiting for their turn now. */
  public int waiting() {
    return slots.getQueueLength() + writingSlots.getQueueLength();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return DatabaseOutageGuard.isStaticFile(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean writes = !onlyReads(request);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean admitted = false;
    boolean writing = false;
    try {
      writing = !writes || acquire(writingSlots, deadline);
      admitted = writing && acquire(slots, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!admitted) {
      if (writes && writing) {
        writingSlots.release();
      }
      log.warn("Busy: no turn within {} ({} requests working, {} waiting), request refused: {} {}", wait,
          working(), waiting(), request.getMethod(), request.getRequestURI());
      UnavailableResponse.write(request, response, "ServerBusy", busyMessage,
          UnavailableResponse.BUSY_RETRY_AFTER_SECONDS);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failed) {
      if (!waitedTooLong(failed) || response.isCommitted()) {
        throw failed;
      }
      log.warn("Busy: waited too long for a lock or a connection ({}), request refused: {} {}",
          rootCause(failed).getMessage(), request.getMethod(), request.getRequestURI());
      // the body only: the security headers set before stay
      response.resetBuffer();
      UnavailableResponse.write(request, response, "ServerBusy", busyMessage,
          UnavailableResponse.BUSY_RETRY_AFTER_SECONDS);
    } finally {
      slots.release();
      if (writes) {
        writingSlots.release();
      }
    }
  }

  /**
   * The database did not give the request a lock (H2's lock timeout) or a connection in time: the
   * server is busy, and the work was rolled back whole.
   */
  static boolean waitedTooLong(Throwable failed) {
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof PessimisticLockingFailureException || cause instanceof QueryTimeoutException
          || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable failed) {
    Throwable cause = failed;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static boolean acquire(Semaphore semaphore, long deadline) throws InterruptedException {
    return semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** GET and HEAD, and the REST APIs' queries sent as POST ({@code …/list}, {@code …/count}). */
  static boolean onlyReads(HttpServletRequest request) {
    String method = request.getMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    String uri = request.getRequestURI();
    return method.equals("POST") && QUERIES.contains(uri.substring(uri.lastIndexOf('/') + 1));
  }
}
