package kg.socialorder.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the engine learnt while serving one HTTP request of the webapps' API or /engine-rest, for
 * the filter that writes the answer: the refusal meant for the person, who the person was, and the
 * engine's own log lines of the failure (written under the answer's reference instead). A scope is
 * open only on a request's thread, between the filter's start and end; elsewhere (the job executor,
 * the portal) nothing is kept.
 */
public final class RefusalScope {

  private static final ThreadLocal<RefusalScope> CURRENT = new ThreadLocal<>();

  private Refusal refusal;
  private Authentication authentication;
  private final List<LogLine> engineLog = new ArrayList<>();

  private RefusalScope() {}

  public static RefusalScope open() {
    RefusalScope scope = new RefusalScope();
    CURRENT.set(scope);
    return scope;
  }

  public static void close() {
    CURRENT.remove();
  }

  /** The scope of this thread's request, or null. */
  public static RefusalScope current() {
    return CURRENT.get();
  }

  /** Keeps the refusal meant for the person, if a request's scope is open on this thread. */
  public static void refused(Refusal refusal) {
    RefusalScope scope = CURRENT.get();
    if (scope != null) {
      scope.refusal = refusal;
    }
  }

  static void authenticated(Authentication authentication) {
    RefusalScope scope = CURRENT.get();
    if (scope != null && authentication != null) {
      scope.authentication = authentication;
    }
  }

  /** A line the engine or Camunda's REST layer logged at WARN or above while serving the request. */
  public void logged(LogLine line) {
    engineLog.add(line);
  }

  public Refusal refusal() {
    return refusal;
  }

  /** The person the engine served, as the webapps or /engine-rest authenticated them; may be null. */
  /** The person whose request this is, or null before the webapps' login filter ran. */
  public String userId() {
    return authentication == null ? null : authentication.getUserId();
  }

  public Authentication authentication() {
    return authentication;
  }

  public List<LogLine> engineLog() {
    return List.copyOf(engineLog);
  }

  public record LogLine(String logger, String level, String text, Throwable thrown) {}
}
