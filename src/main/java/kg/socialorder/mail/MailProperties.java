package kg.socialorder.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail ({@code social-order.mail.*}). The SMTP server itself is Spring Boot's {@code spring.mail.*}
 * (host, port, username, password); with no host there and no demo server, messages are recorded
 * and wait until one is configured.
 *
 * @param from the sender's address
 * @param baseUrl the address people open the application at; every message links to a page under it
 * @param worker whether this node sends (every node may: each message is claimed by one)
 * @param nodeId this node's name in the outbox (who holds a message while sending it); a random one when empty
 * @param pollInterval how often the worker looks for due messages (it is also woken after each commit that writes one)
 * @param batchSize how many messages one round claims at most
 * @param claimTime how long a node holds a claimed message; a node that dies sending lets it go after this
 * @param firstRetry the wait after the first failed attempt; each later one doubles it
 * @param maxRetry the longest wait between attempts
 * @param maxAttempts after this many failed attempts a message is FAILED (the administrator sees it)
 * @param digestPeriod at most one message about new tasks per person per this period
 * @param reminderBefore a task's people are reminded this long before its due date
 * @param demoServer the embedded SMTP server of the demo profile
 */
@ConfigurationProperties("social-order.mail")
public record MailProperties(
    String from, String baseUrl, Boolean worker, String nodeId, Duration pollInterval, Integer batchSize,
    Duration claimTime, Duration firstRetry, Duration maxRetry, Integer maxAttempts, Duration digestPeriod,
    Duration reminderBefore, DemoServer demoServer) {

  public MailProperties {
    from = from == null ? "no-reply@socialorder.example.kg" : from;
    baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    worker = worker == null || worker;
    nodeId = nodeId == null || nodeId.isBlank()
        ? "node-" + java.util.UUID.randomUUID().toString().substring(0, 8) : nodeId;
    pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
    batchSize = batchSize == null ? 50 : batchSize;
    claimTime = claimTime == null ? Duration.ofMinutes(5) : claimTime;
    firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
    maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
    maxAttempts = maxAttempts == null ? 30 : maxAttempts;
    digestPeriod = digestPeriod == null ? Duration.ofHours(1) : digestPeriod;
    reminderBefore = reminderBefore == null ? Duration.ofDays(1) : reminderBefore;
    demoServer = demoServer == null ? new DemoServer(false, 3025) : demoServer;
  }

  /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
  public Duration retryAfter(int attempts) {
    Duration wait = firstRetry;
    for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
  }

  /**
   * @param enabled start GreenMail in this application (the demo profile)
   * @param port its SMTP port; 0 takes a free one (the tests)
   */
  public record DemoServer(boolean enabled, int port) {}
}
