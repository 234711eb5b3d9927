package kg.socialorder.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailSendException;

/**
 * What the mail server answered to a failed attempt: its text, and whether to try again. A 5xx answer
 * (no such mailbox, a bad address) is final; an unreachable server or a 4xx answer is temporary.
 */
record SmtpAnswer(boolean permanent, String text) {

  static SmtpAnswer of(Exception failure) {
    for (Throwable cause : causes(failure)) {
      if (cause instanceof SMTPAddressFailedException refused) {
        return new SmtpAnswer(refused.getReturnCode() >= 500, serverText(refused.getMessage()));
      }
      if (cause instanceof jakarta.mail.internet.AddressException wrong) {
        return new SmtpAnswer(true, "Invalid address: " + wrong.getMessage());
      }
      if (cause instanceof SMTPSendFailedException refused) {
        return new SmtpAnswer(refused.getReturnCode() >= 500, serverText(refused.getMessage()));
      }
    }
    return new SmtpAnswer(false, describe(failure));
  }

  private static java.util.List<Throwable> causes(Exception failure) {
    java.util.List<Throwable> all = new java.util.ArrayList<>();
    java.util.Deque<Throwable> open = new java.util.ArrayDeque<>();
    open.add(failure);
    while (!open.isEmpty() && all.size() < 50) {
      Throwable next = open.poll();
      if (next == null || all.contains(next)) {
        continue;
      }
      all.add(next);
      if (next.getCause() != null) {
        open.add(next.getCause());
      }
      if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
        open.add(messaging.getNextException());
      }
      if (next instanceof MailSendException send) {
        open.addAll(send.getFailedMessages().values());
      }
      if (next instanceof SendFailedException) {
        for (Throwable suppressed : next.getSuppressed()) {
          open.add(suppressed);
        }
      }
    }
    return all;
  }

  private static String serverText(String message) {
    return message == null ? "" : message.strip();
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage().strip();
    if (root != failure && root.getMessage() != null && !text.contains(root.getMessage())) {
      text = text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return text;
  }
}
