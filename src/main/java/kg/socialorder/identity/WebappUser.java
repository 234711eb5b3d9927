package kg.socialorder.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The person logged in to the webapps who asks one of our own pages or APIs (the dashboard, its exports,
 * the case panel, the documents): their login, and the groups and municipalities (tenants) Camunda found
 * for them at login.
 */
public record WebappUser(String userId, Set<String> groups, List<String> municipalities) {

  public WebappUser {
    groups = Set.copyOf(groups);
    municipalities = List.copyOf(municipalities);
  }

  /** The person of the request's session on that engine; empty when no one is logged in there. */
  public static Optional<WebappUser> of(HttpServletRequest request, String engine) {
    Authentication login = WebappLogin.of(request.getSession(false), engine);
    if (!(login instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new WebappUser(user.getIdentityId(), Set.copyOf(nonNull(user.getGroupIds())),
        nonNull(user.getTenantIds())));
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }

  public boolean in(Role role) {
    return isIn(role.groupId());
  }

  public boolean administrator() {
    return isIn(Role.ADMIN_GROUP);
  }

  /** Supervisors read every municipality and change nothing. */
  public boolean supervisor() {
    return in(Role.SUPERVISOR) && !administrator();
  }

  private static List<String> nonNull(List<String> list) {
    return list == null ? List.of() : list;
  }
}
