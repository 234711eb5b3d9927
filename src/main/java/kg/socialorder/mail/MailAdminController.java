package kg.socialorder.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's page of e-mail (Camunda administrators only): whether an SMTP server is
 * configured, how many messages are in each state, those that failed with the server's answer (sent
 * again on request), the latest sent and waiting, the people without an address, and, in the demo,
 * what the demo's own mail server received.
 */
@Controller
public class MailAdminController {

  private static final int SHOWN = 100;

  private final SignedIn signedIn;
  private final PageCsrf csrf;
  private final MailOutbox outbox;
  private final MailDelivery delivery;
  private final MailPeople people;
  private final ObjectProvider<DemoMailServer> demoServer;
  private final MailProperties properties;
  private final java.time.Clock clock;

  public MailAdminController(SignedIn signedIn, PageCsrf csrf, MailOutbox outbox, MailDelivery delivery,
      MailPeople people, ObjectProvider<DemoMailServer> demoServer, MailProperties properties, java.time.Clock clock) {
    this.clock = clock;
    this.signedIn = signedIn;
    this.csrf = csrf;
    this.outbox = outbox;
    this.delivery = delivery;
    this.people = people;
    this.demoServer = demoServer;
    this.properties = properties;
  }

  @GetMapping("/mail/admin")
  public String page(HttpServletRequest request, Model model) {
    Optional<String> user = signedIn.user(request);
    if (user.isEmpty()) {
      return "redirect:/camunda/app/admin/default/";
    }
    administrator(user.get());
    model.addAttribute("configured", delivery.configured());
    model.addAttribute("counts", outbox.counts());
    model.addAttribute("failed", outbox.latest(MailStatus.FAILED, SHOWN));
    model.addAttribute("pending", outbox.latest(MailStatus.PENDING, SHOWN));
    model.addAttribute("sent", outbox.latest(MailStatus.SENT, SHOWN));
    model.addAttribute("noAddress", outbox.latest(MailStatus.NO_ADDRESS, SHOWN));
    model.addAttribute("withoutAddress", people.withoutAddress());
    DemoMailServer server = demoServer.getIfAvailable();
    model.addAttribute("demoServer", server != null);
    model.addAttribute("demoPort", server == null ? 0 : server.port());
    model.addAttribute("received", server == null ? List.of() : received(server));
    model.addAttribute("from", properties.from());
    model.addAttribute("zone", clock.getZone());
    model.addAttribute("csrf", csrf.token(request));
    return "mail/admin";
  }

  @PostMapping("/mail/admin/retry")
  public String retry(HttpServletRequest request, @RequestParam String key) {
    Optional<String> user = signedIn.user(request);
    if (user.isEmpty()) {
      return "redirect:/camunda/app/admin/default/";
    }
    administrator(user.get());
    if (!csrf.accepts(request)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    outbox.retryNow(key);
    return "redirect:/mail/admin";
  }

  private void administrator(String userId) {
    if (!signedIn.isAdministrator(userId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }

  private static List<Received> received(DemoMailServer server) {
    List<MimeMessage> messages = server.received();
    List<Received> shown = new ArrayList<>();
    for (int i = messages.size() - 1; i >= 0 && shown.size() < SHOWN; i--) {
      MimeMessage message = messages.get(i);
      try {
        List<String> to = new ArrayList<>();
        for (Address address : message.getAllRecipients()) {
          to.add(address.toString());
        }
        shown.add(new Received(String.join(", ", to), message.getSubject(),
            message.getSentDate() == null ? null : message.getSentDate().toInstant()));
      } catch (MessagingException e) {
        shown.add(new Received("?", "?", null));
      }
    }
    return shown;
  }

  public record Received(String to, String subject, java.time.Instant date) {

    public String shown(java.time.ZoneId zone) {
      return MailOutbox.Row.shown(date, zone);
    }
  }
}
