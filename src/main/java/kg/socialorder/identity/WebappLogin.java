package kg.socialorder.identity;

import jakarta.servlet.http.HttpSession;
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
}
