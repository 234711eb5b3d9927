package kg.socialorder.identity;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The HTTP sessions open on this node, so that a person's webapp login can be ended at once (a leaver's
 * deactivation, a municipality's closing) instead of when Camunda's webapps next re-check it. The servlet container tells this
 * listener of each session created, destroyed or given a new id (Spring Boot registers listener beans
 * with the container), so no container's internals are needed. Thread-safe: requests create and end
 * sessions while a deactivation looks through them; one that ends meanwhile is skipped. Sessions are per
 * node: the other nodes of a cluster keep their sessions until the webapps' re-check.
 */
@Component
public class OpenSessions implements HttpSessionListener, HttpSessionIdListener {

  private static final Logger LOG = LoggerFactory.getLogger(OpenSessions.class);

  /** By session id; an entry goes when the container destroys its session (invalidated or timed out). */
  private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    live.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    live.remove(event.getSession().getId());
  }

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    live.remove(oldSessionId);
    live.put(event.getSession().getId(), event.getSession());
  }

  /**
   * Ends these people's sessions ({@link #endAllOf}) when the transaction open now commits (the outermost
   * one, if a caller holds one open), in the committing thread: not before, so a rollback ends nothing.
   */
  public void endOnCommit(Collection<String> userIds) {
    List<String> people = List.copyOf(userIds);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        people.forEach(OpenSessions.this::endAllOf);
      }
    });
  }

  /**
   * Invalidates every session of this node in which {@code userId} is logged in to the webapps; other
   * sessions are untouched. Returns how many were ended.
   */
  public int endAllOf(String userId) {
    int ended = 0;
    for (Map.Entry<String, HttpSession> open : live.entrySet()) {
      HttpSession session = open.getValue();
      try {
        if (WebappLogin.isLoggedIn(session, userId)) {
          session.invalidate();
          ended++;
        }
      } catch (IllegalStateException endedMeanwhile) {
        // the session ended on its own (logout, time-out) while we looked: nothing left to end
        live.remove(open.getKey(), session);
      }
    }
    if (ended > 0) {
      LOG.info("Ended {} open webapp session(s) of {}", ended, userId);
    }
    return ended;
  }
}
