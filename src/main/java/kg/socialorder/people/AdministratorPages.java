package kg.socialorder.people;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import kg.socialorder.identity.Role;
import kg.socialorder.identity.WebappUser;
import kg.socialorder.mail.PageCsrf;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the people pages share: they are behind the webapps' login and for Camunda's administrators
 * only (checked against the identity data at each request, not the session's memory of the login, so
 * an administrator removed from the group, or deactivated, is refused at once), and their forms carry
 * the session's token against cross-site submission.
 */
@Component
public class AdministratorPages {

  /** Where a person who is not logged in is sent: Admin's login. */
  public static final String LOGIN = "redirect:/camunda/app/admin/default/";

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final ProcessEngine engine;
  private final IdentityService identityService;
  private final PageCsrf csrf;
  private final Clock clock;

  public AdministratorPages(ProcessEngine engine, IdentityService identityService, PageCsrf csrf, Clock clock) {
    this.engine = engine;
    this.identityService = identityService;
    this.csrf = csrf;
    this.clock = clock;
  }

  /**
   * The administrator asking; empty when no one is logged in to the webapps (send them to
   * {@link #LOGIN}); 403 when the person logged in is not an administrator.
   */
  public Optional<String> administrator(HttpServletRequest request) {
    Optional<WebappUser> user = WebappUser.of(request, engine.getName());
    if (user.isEmpty()) {
      return Optional.empty();
    }
    String userId = user.get().userId();
    if (identityService.createUserQuery().userId(userId).memberOfGroup(Role.ADMIN_GROUP).count() == 0) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return Optional.of(userId);
  }

  /** The token the page's forms repeat. */
  public String token(HttpServletRequest request) {
    return csrf.token(request);
  }

  /** A form submitted from another site, or without the session's token, is refused with 403. */
  public void checkForm(HttpServletRequest request) {
    if (!csrf.accepts(request)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }

  /** A moment as the pages show it, in the application's time zone: 07.12.2026 15:30. */
  public String shown(Instant at) {
    return at == null ? "" : SHOWN.format(at.atZone(clock.getZone()));
  }
}
