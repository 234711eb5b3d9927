package kg.socialorder.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.socialorder.engine.Refusal;
import kg.socialorder.engine.RefusalScope;
import kg.socialorder.engine.TaskRefusedException;
import kg.socialorder.engine.TaskWhereabouts;
import kg.socialorder.engine.UnavailableResponse;
import kg.socialorder.validation.ValidationMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every refusal the webapps' API ({@code /camunda/api/*}, which Tasklist, Cockpit and Admin call)
 * and {@code /engine-rest} answer reads in Kyrgyz and Russian, says what happened and what to do,
 * and names no id, class or engine code. Camunda's REST layer answers {@code {"type", "message"}}
 * with the engine's English ("Cannot submit task form 4711: …", "No matching task with id …", "The
 * user with id … does not have one of the following permissions: 'TASK_WORK' …", a
 * NullPointerException); the webapps show that {@code message} to the person.
 *
 * <p>This keeps the answer's shape and rewrites its status and message: a refusal our own code
 * meant for the person (validation, a task taken or completed by someone else, another
 * municipality: {@link Refusal}) is passed on as it was written; a task that is gone is told what
 * became of it ({@link TaskWhereabouts}); the engine's own refusals get a plain text by kind. The
 * message ends with a short reference; the technical text is logged under it, in one line and at
 * INFO or WARN for a refusal, with the stack trace at ERROR only for a real fault (500).
 */
public class RefusalAnswers extends OncePerRequestFilter {

  static final String[] PATHS = {"/camunda/api/*", "/engine-rest/*"};

  private static final Pattern TASK = Pattern.compile(
      "^(?:/camunda/api/engine/engine/[^/]+|/engine-rest(?:/engine/[^/]+)?)/task/(?!count$|create$|report)([^/]+)(?:/.*)?$");
  /**
   * The database gave the request no lock (H2's lock timeout) or no connection in time: the server
   * is busy, and the work was rolled back whole.
   */
  private static final Pattern BUSY = Pattern.compile("QueryTimeoutException|CannotCreateTransactionException"
      + "|CannotAcquireLockException|PessimisticLockingFailureException|Timeout trying to lock"
      + "|Connection is not available, request timed out|lock timeout");
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger log = LoggerFactory.getLogger("kg.socialorder.refusals");

  // servlet filters are built before the other beans: looked up on first use
  private final ObjectProvider<ValidationMessages> messages;
  private final ObjectProvider<TaskWhereabouts> whereabouts;
  private final ObjectMapper json = new ObjectMapper();

  public RefusalAnswers(ObjectProvider<ValidationMessages> messages, ObjectProvider<TaskWhereabouts> whereabouts) {
    this.messages = messages;
    this.whereabouts = whereabouts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RefusalScope scope = RefusalScope.open();
    ErrorBodyCapture capture = new ErrorBodyCapture(response);
    try {
      chain.doFilter(request, capture);
    } finally {
      RefusalScope.close();
    }
    byte[] body = capture.heldBody();
    if (body == null) {
      replayEngineLog(scope);
      return;
    }
    JsonNode error = parse(body, capture.getContentType());
    if (error == null || !error.hasNonNull("message") || response.isCommitted()) {
      // not Camunda's error shape (an error page, a file): as it was
      response.getOutputStream().write(body);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Answer answer = answer(request.getMethod(), path, capture.getStatus(), error, scope);
    String reference = reference();
    logged(reference, request.getMethod(), path, capture.getStatus(), answer, error, scope);

    ObjectNode rewritten = json.createObjectNode();
    rewritten.put("type", answer.type());
    rewritten.put("message", answer.message() + " (код: " + reference + ")");
    rewritten.put("reference", reference);
    response.setStatus(answer.status());
    if (answer.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
      response.setHeader("Retry-After", String.valueOf(UnavailableResponse.BUSY_RETRY_AFTER_SECONDS));
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] out = json.writeValueAsBytes(rewritten);
    response.setContentLength(out.length);
    response.getOutputStream().write(out);
  }

  record Answer(int status, String type, String message) {}

  private Answer answer(String method, String path, int status, JsonNode error, RefusalScope scope) {
    Refusal refusal = scope.refusal();
    if (refusal != null) {
      return new Answer(refusal.status(), typeOf(refusal.status()), refusal.getMessage());
    }
    String type = error.path("type").asText("");
    String text = error.path("message").asText("");
    Matcher task = TASK.matcher(path);
    // a 403 too: on PostgreSQL a form opened while the task is being completed can find the task's
    // authorizations already gone with it
    if (task.matches()) {
      boolean change = !"GET".equals(method);
      TaskRefusedException gone = whereabouts.getObject().gone(task.group(1), scope, change);
      if (gone != null) {
        return new Answer(gone.status(), typeOf(gone.status()), gone.getMessage());
      }
    }
    ValidationMessages texts = messages.getObject();
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      return new Answer(403, "Forbidden", texts.bilingual(forbidden(error)));
    }
    if (type.contains("OptimisticLocking") || text.contains("ENGINE-03005") || type.equals("TaskAlreadyClaimedException")) {
      return new Answer(409, "Conflict", texts.bilingual("refusal.conflict"));
    }
    if (text.contains("has an invalid id")) {
      return new Answer(400, "InvalidRequest", texts.bilingual("refusal.invalidId"));
    }
    if (text.toLowerCase(Locale.ROOT).contains("already exists") || text.contains("unique constraint")
        || text.contains("Unique index or primary key violation") || text.contains("duplicate key")) {
      return new Answer(409, "Conflict", texts.bilingual("refusal.exists"));
    }
    if (status == HttpServletResponse.SC_NOT_FOUND) {
      return new Answer(404, "NotFound", texts.bilingual("refusal.notFound"));
    }
    if (status < 500) {
      return new Answer(status, "InvalidRequest", texts.bilingual("refusal.invalid"));
    }
    if (BUSY.matcher(type + " " + text + " " + scope.engineLog().stream().map(RefusalScope.LogLine::text)
        .filter(t -> t != null).collect(Collectors.joining(" "))).find()) {
      return new Answer(503, "ServerBusy", UnavailableResponse.message("unavailable.busy"));
    }
    return new Answer(500, "ServerError", texts.bilingual("refusal.failed"));
  }

  /** Which right was missing, as Camunda's AuthorizationException lists them. */
  private static String forbidden(JsonNode error) {
    String missing = error.path("missingAuthorizations").toString() + " " + error.path("message").asText("");
    if (missing.contains("TASK_WORK") || missing.contains("TASK_ASSIGN")
        || (missing.contains("UPDATE") && missing.contains("Task"))) {
      return "refusal.forbiddenTask";
    }
    if (missing.contains("CREATE_INSTANCE") || (missing.contains("CREATE") && missing.contains("ProcessInstance"))) {
      return "refusal.forbiddenStart";
    }
    return "refusal.forbidden";
  }

  private static String typeOf(int status) {
    return switch (status) {
      case 400 -> "InvalidRequest";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      default -> "Refused";
    };
  }

  /**
   * One line under the reference. A refusal is the person's situation, not the system's fault: INFO
   * for wrong input or a missing task, WARN for a refused right or a conflict, never a stack trace.
   * A real fault (500) is an ERROR, with the engine's stack trace.
   */
  private void logged(String reference, String method, String path, int original, Answer answer, JsonNode error,
      RefusalScope scope) {
    String user = scope.userId() == null ? "-" : scope.userId();
    String engine = scope.engineLog().stream().map(RefusalScope.LogLine::text).filter(t -> t != null).distinct()
        .collect(Collectors.joining(" | "));
    String line = "Refusal {}: {} {} by {} answered {} (was {} {}: {}){}";
    Object[] args = {reference, method, path, user, answer.status(), original, error.path("type").asText(),
        error.path("message").asText(), engine.isEmpty() ? "" : "; engine: " + engine};
    if (answer.status() >= 500) {
      Throwable fault = scope.engineLog().stream().map(RefusalScope.LogLine::thrown)
          .filter(t -> t != null).findFirst().orElse(null);
      Object[] withFault = Arrays.copyOf(args, args.length + 1);
      withFault[args.length] = fault;
      log.error(line, withFault);
    } else if (answer.status() == 403 || answer.status() == 409) {
      log.warn(line, args);
    } else {
      log.info(line, args);
    }
  }

  /** An answer that went out fine after all: what the engine logged is written as it was. */
  private static void replayEngineLog(RefusalScope scope) {
    for (RefusalScope.LogLine line : scope.engineLog()) {
      Logger original = LoggerFactory.getLogger(line.logger());
      if ("ERROR".equals(line.level())) {
        original.error("{}", line.text(), line.thrown());
      } else {
        original.warn("{}", line.text(), line.thrown());
      }
    }
  }

  /**
   * Camunda's error as JSON; a plain-text error (Jersey's own answer to a body that is not JSON,
   * "Unexpected end-of-input…") is taken as its message.
   */
  private JsonNode parse(byte[] body, String contentType) {
    if (contentType != null && contentType.startsWith("text/plain")) {
      String text = new String(body, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? null : json.createObjectNode().put("type", "Text").put("message", text);
    }
    try {
      JsonNode node = json.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  static String reference() {
    StringBuilder reference = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return reference.toString();
  }
}
