package kg.socialorder.identity;

import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Who is logged in to the webapps on an engine: Camunda keeps it in the HTTP session and sets it for
 * the engine only inside its own REST resources, so our filters read it here.
 */
public final class WebappLogin {

  private WebappLogin() {}

  /** The session's login on the engine; null when no one is logged in there. */
  public static Authentication of(HttpSession session, String engine) {
    Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return all == null ? null : all.getAuthenticationForProcessEngine(engine);
  }

  /**
   * Whether {@code userId} is logged in to the webapps in the session, on any engine. Reads only: unlike
   * {@link AuthenticationUtil#getAuthsFromSession}, it adds nothing to a session without a login, so it
   * may look at other people's sessions. Throws {@link IllegalStateException} for a session that ended.
   */
  public static boolean isLoggedIn(HttpSession session, String userId) {
    for (String name : Collections.list(session.getAttributeNames())) {
      if (session.getAttribute(name) instanceof Authentications all
          && all.getAuthentications().stream().anyMatch(login -> userId.equals(login.getIdentityId()))) {
        return true;
      }
    }
    return false;
  }
}
