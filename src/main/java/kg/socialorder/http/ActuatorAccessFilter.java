package kg.socialorder.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator: health is public (load balancers and docker ask it, and it shows no details);
 * everything else, metrics included, answers only a Camunda administrator (group camunda-admin)
 * who logs in with HTTP Basic. The password is checked by the engine, so its login throttling
 * applies here as in the webapps.
 */
public class ActuatorAccessFilter extends OncePerRequestFilter {

  /**
   * Looked up on the first request: filters are created with the web server, before Flyway has
   * migrated, and must not start the engine that early.
   */
  private final ObjectProvider<IdentityService> identityServices;

  public ActuatorAccessFilter(ObjectProvider<IdentityService> identityServices) {
    this.identityServices = identityServices;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
      chain.doFilter(request, response);
      return;
    }
    String user = authenticatedUser(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (user == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"actuator\", charset=\"UTF-8\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (identityServices.getObject().createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  private String authenticatedUser(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = credentials.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = credentials.substring(0, colon);
    return identityServices.getObject().checkPassword(user, credentials.substring(colon + 1)) ? user : null;
  }
}
