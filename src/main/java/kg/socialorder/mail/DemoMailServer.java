package kg.socialorder.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's own SMTP server (GreenMail) on localhost: it keeps what it receives in memory, where
 * the administrator's page reads it. Like a real server it refuses, with a 5xx answer, mail for an
 * address whose domain cannot exist (the reserved top-level domain {@code .invalid}, RFC 2606).
 * The tests start and stop it to play an outage; it comes back on the same port.
 */
public class DemoMailServer implements AutoCloseable {

  private final int requestedPort;
  private RefusingGreenMail greenMail;
  private int port;

  public DemoMailServer(int port) {
    this.requestedPort = port;
  }

  public synchronized void start() {
    if (greenMail != null) {
      return;
    }
    ServerSetup setup = new ServerSetup(port > 0 ? port : requestedPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    greenMail = new RefusingGreenMail(setup);
    greenMail.start();
    port = greenMail.getSmtp().getPort();
  }

  public synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  public synchronized boolean running() {
    return greenMail != null;
  }

  /** The port it listens on (the same after a stop and start). */
  public synchronized int port() {
    return port;
  }

  /** What it received, oldest first; empty while stopped. */
  public synchronized List<MimeMessage> received() {
    return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
  }

  /** Waits until it has received {@code count} messages in all, or the timeout passed; whether it has. */
  public boolean awaitReceived(int count, java.time.Duration timeout) {
    RefusingGreenMail server;
    synchronized (this) {
      server = greenMail;
    }
    if (server == null || server.smtp == null) {
      return false;
    }
    // the latch of the SMTP manager that receives (GreenMail's own waits on the one it replaced)
    try {
      return server.smtp.getSmtpManager().createAndAddNewWaitObject(count)
          .await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Forgets what it received. */
  public synchronized void purge() {
    if (greenMail != null) {
      try {
        greenMail.purgeEmailFromAllMailboxes();
      } catch (com.icegreen.greenmail.store.FolderException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** GreenMail whose SMTP refuses recipients at .invalid domains, as a real server would. */
  private static final class RefusingGreenMail extends GreenMail {

    private volatile RefusingManagers smtp;

    RefusingGreenMail(ServerSetup setup) {
      super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
      smtp = new RefusingManagers(managers);
      return super.createServices(config, smtp);
    }
  }

  private static final class RefusingManagers extends Managers {

    private final Managers original;
    private final SmtpManager smtp;

    RefusingManagers(Managers original) {
      this.original = original;
      this.smtp = new RefusingSmtpManager(original.getImapHostManager(), original.getUserManager());
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }

    @Override
    public UserManager getUserManager() {
      return original.getUserManager();
    }

    @Override
    public ImapHostManager getImapHostManager() {
      return original.getImapHostManager();
    }
  }

  private static final class RefusingSmtpManager extends SmtpManager {

    RefusingSmtpManager(ImapHostManager imap, UserManager users) {
      super(imap, users);
    }

    @Override
    public String checkRecipient(SmtpState state, MailAddress recipient) {
      String host = recipient.getHost() == null ? "" : recipient.getHost().toLowerCase(Locale.ROOT);
      if (host.equals("invalid") || host.endsWith(".invalid")) {
        return "550 5.1.2 <" + recipient.getEmail() + ">: Recipient address rejected: Domain not found";
      }
      return super.checkRecipient(state, recipient);
    }
  }
}
