package kg.socialorder.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets no more requests work on the database at once than the connection pool keeps for them
 * ({@link Capacity#requestSlots()}); the others wait their turn here, first come first served. A
 * request holds at most one connection at a time, so an admitted request never waits for the pool,
 * and the job executor always finds the connections kept for it. When no turn comes within
 * {@code social-order.capacity.admission-wait}, the person is told in Kyrgyz and Russian that the
 * server is busy and to try again in a moment (503 with Retry-After), and the log says so.
 */
public class RequestAdmission extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);

  private final Semaphore slots;
  private final int size;
  private final Duration wait;
  private final String busyMessage = UnavailableResponse.message("unavailable.busy");

  public RequestAdmission(int slots, Duration wait) {
    this.slots = new Semaphore(slots, true);
    this.size = slots;
    this.wait = wait;
  }

  /** Requests working on the database now. */
  public int working() {
    return size - slots.availablePermits();
  }

  /** Requests waiting for their turn now. */
  public int waiting() {
    return slots.getQueueLength();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return DatabaseOutageGuard.isStaticFile(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      log.warn("Busy: no turn within {} ({} requests working, {} waiting), request refused: {} {}", wait, size,
          waiting(), request.getMethod(), request.getRequestURI());
      UnavailableResponse.write(request, response, "ServerBusy", busyMessage,
          DatabaseOutageGuard.BUSY_RETRY_AFTER_SECONDS);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      slots.release();
    }
  }
}
