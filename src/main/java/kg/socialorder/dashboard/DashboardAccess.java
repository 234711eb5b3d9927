package kg.socialorder.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import kg.socialorder.identity.Role;
import kg.socialorder.identity.WebappUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Who may read what of the dashboard and its exports. The login is the webapps' own (the session
 * Camunda keeps); nothing is granted that the person's groups and municipalities do not give:
 * supervisors read every municipality, the officials of a municipality (coordinator, head, finance,
 * council) their own; the commission of a municipality exports the applications of its calls, its
 * finance service the payments. Contractors, members of the monitoring group and anyone else are
 * refused.
 */
@Component
public class DashboardAccess {

  /** The groups whose members oversee their own municipality's money and results. */
  static final Set<String> OFFICIALS = Set.of(Role.COORDINATOR.groupId(), Role.HEAD.groupId(),
      Role.FINANCE.groupId(), Role.COUNCIL.groupId());

  private final ProcessEngine engine;

  public DashboardAccess(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The logged-in reader; {@link NotLoggedIn} when no one is logged in to the webapps. */
  public WebappUser reader(HttpServletRequest request) {
    return WebappUser.of(request, engine.getName()).orElseThrow(NotLoggedIn::new);
  }

  /** What the reader's dashboard covers: everything for a supervisor, their municipalities for an official. */
  public Scope dashboard(WebappUser reader) {
    if (reader.isIn(Role.SUPERVISOR.groupId())) {
      return Scope.ALL;
    }
    if (reader.groups().stream().anyMatch(OFFICIALS::contains) && !reader.municipalities().isEmpty()) {
      return Scope.of(reader.municipalities());
    }
    throw new Refused();
  }

  /** The payments: a supervisor everywhere, the finance service of its municipalities. */
  public Scope payments(WebappUser reader) {
    if (reader.isIn(Role.SUPERVISOR.groupId())) {
      return Scope.ALL;
    }
    if (reader.isIn(Role.FINANCE.groupId()) && !reader.municipalities().isEmpty()) {
      return Scope.of(reader.municipalities());
    }
    throw new Refused();
  }

  /** A call's applications, with the applicants' contacts: the commission of the call's municipality only. */
  public void applications(WebappUser reader, String municipality) {
    if (!reader.isIn(Role.COMMISSION.groupId()) || !reader.municipalities().contains(municipality)) {
      throw new Refused();
    }
  }

  /** No one is logged in: answered 401 with the way to the login. */
  public static class NotLoggedIn extends RuntimeException {
    NotLoggedIn() {
      super("Not logged in to the webapps", null, false, false);
    }
  }

  /** Logged in, but this is not theirs to read: answered 403. */
  public static class Refused extends RuntimeException {
    Refused() {
      super("Not for this reader", null, false, false);
    }
  }
}
