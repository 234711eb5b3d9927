package kg.socialorder.mail;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each person's own page (behind the webapps' login): their address, the kinds of message they
 * receive (mandatory ones shown, not switchable) and their calendar's private address; and the
 * calendar feed itself, which a phone fetches by its secret address without a login.
 */
@Controller
public class MailSettingsController {

  private final SignedIn signedIn;
  private final PageCsrf csrf;
  private final MailPreferences preferences;
  private final MailPeople people;
  private final CalendarFeeds calendars;
  private final MailLinks links;

  public MailSettingsController(SignedIn signedIn, PageCsrf csrf, MailPreferences preferences, MailPeople people,
      CalendarFeeds calendars, MailLinks links) {
    this.signedIn = signedIn;
    this.csrf = csrf;
    this.preferences = preferences;
    this.people = people;
    this.calendars = calendars;
    this.links = links;
  }

  @GetMapping("/mail/settings")
  public String settings(HttpServletRequest request, Model model) {
    Optional<String> user = signedIn.user(request);
    if (user.isEmpty()) {
      return "redirect:" + LOGIN;
    }
    return page(request, model, user.get(), null, false);
  }

  @PostMapping("/mail/settings")
  public Object save(HttpServletRequest request, @RequestParam(name = "kind", required = false) List<String> wanted,
      Model model) {
    Optional<String> user = signedIn.user(request);
    if (user.isEmpty()) {
      return "redirect:" + LOGIN;
    }
    if (!csrf.accepts(request)) {
      return refused();
    }
    Set<MailKind> off = EnumSet.noneOf(MailKind.class);
    for (MailKind kind : MailKind.values()) {
      if (!kind.mandatory() && (wanted == null || !wanted.contains(kind.code()))) {
        off.add(kind);
      }
    }
    preferences.switchOff(user.get(), off);
    return page(request, model, user.get(), null, true);
  }

  @PostMapping("/mail/settings/calendar")
  public Object newCalendar(HttpServletRequest request, Model model) {
    Optional<String> user = signedIn.user(request);
    if (user.isEmpty()) {
      return "redirect:" + LOGIN;
    }
    if (!csrf.accepts(request)) {
      return refused();
    }
    return page(request, model, user.get(), calendars.renew(user.get()), false);
  }

  @GetMapping(value = "/mail/calendar/{secret}.ics")
  public ResponseEntity<String> feed(@PathVariable String secret) {
    return calendars.owner(secret)
        .map(user -> ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
            .header("Cache-Control", "private, no-store").body(calendars.feed(user)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
            .body("Мындай календарь жок / Такого календаря нет"));
  }

  private String page(HttpServletRequest request, Model model, String userId, String newCalendar, boolean saved) {
    Set<MailKind> off = preferences.switchedOff(userId);
    model.addAttribute("person", people.person(userId).orElse(new MailPeople.Person(userId, userId, null)));
    model.addAttribute("kinds", List.of(MailKind.values()));
    model.addAttribute("off", off);
    model.addAttribute("saved", saved);
    model.addAttribute("calendarExists", calendars.exists(userId));
    model.addAttribute("newCalendar", newCalendar);
    model.addAttribute("csrf", csrf.token(request));
    model.addAttribute("tasklist", links.tasklist());
    return "mail/settings";
  }

  private static ResponseEntity<String> refused() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType("text", "plain",
            java.nio.charset.StandardCharsets.UTF_8))
        .body("Форма эскирди: баракты жаңылап, кайра жөнөтүңүз. / Форма устарела: обновите страницу и отправьте снова.");
  }

  static final String LOGIN = "/camunda/app/tasklist/default/";
}
