package kg.socialorder.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends what the outbox holds: claims due messages for this node, sends each through SMTP, and
 * records the outcome: SENT; PENDING again after a temporary failure (the server unreachable or
 * busy), with a wait that doubles each time; FAILED with the server's answer when it refused the
 * message for good or the attempts ran out. With no SMTP server configured nothing is claimed.
 */
@Service
public class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> sender;
  private final MailProperties properties;
  private final Clock clock;

  public MailDelivery(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, MailProperties properties,
      Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.properties = properties;
    this.clock = clock;
  }

  /** Whether an SMTP server is configured (spring.mail.host, or the demo's own server). */
  public boolean configured() {
    JavaMailSender smtp = sender.getIfAvailable();
    // the production profile names the host from the environment: empty there means none
    return smtp != null && !(smtp instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl
        && (impl.getHost() == null || impl.getHost().isBlank()));
  }

  /** One round: claims the due messages (up to the batch size) and sends them; how many were sent. */
  public synchronized int deliverDue() {
    if (!configured()) {
      return 0;
    }
    return deliver(claim(outbox.due(properties.batchSize())));
  }

  /** Claims for this node those of the keys no other node has claimed. */
  public List<String> claim(List<String> keys) {
    List<String> mine = new ArrayList<>();
    Instant until = clock.instant().plus(properties.claimTime());
    for (String key : keys) {
      if (outbox.claim(key, properties.nodeId(), until)) {
        mine.add(key);
      }
    }
    return mine;
  }

  /** Sends the messages this node claimed; how many were sent. */
  public int deliver(List<String> claimedKeys) {
    JavaMailSender smtp = sender.getObject();
    int sent = 0;
    for (String key : claimedKeys) {
      MailOutbox.Claimed mail = outbox.claimed(key, properties.nodeId());
      if (mail == null) {
        continue;
      }
      try {
        smtp.send(mime(smtp, mail));
        outbox.sent(key, properties.nodeId());
        sent++;
      } catch (RuntimeException e) {
        failed(mail, SmtpAnswer.of(e));
      }
    }
    return sent;
  }

  private void failed(MailOutbox.Claimed mail, SmtpAnswer answer) {
    if (answer.permanent() || mail.attempts() >= properties.maxAttempts()) {
      log.warn("Mail {} to {} failed for good after {} attempt(s): {}", mail.key(), mail.address(), mail.attempts(),
          answer.text());
      outbox.failed(mail.key(), properties.nodeId(), answer.text());
    } else {
      Instant next = clock.instant().plus(properties.retryAfter(mail.attempts()));
      log.info("Mail {} not sent (attempt {}), next attempt at {}: {}", mail.key(), mail.attempts(), next,
          answer.text());
      outbox.retryLater(mail.key(), properties.nodeId(), next, answer.text());
    }
  }

  private MimeMessage mime(JavaMailSender smtp, MailOutbox.Claimed mail) {
    try {
      MimeMessage message = smtp.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(mail.address());
      helper.setSubject(mail.subject());
      if (mail.html() != null) {
        helper.setText(mail.text(), mail.html());
      } else {
        helper.setText(mail.text());
      }
      return message;
    } catch (MessagingException e) {
      throw new org.springframework.mail.MailPreparationException(e);
    }
  }
}
