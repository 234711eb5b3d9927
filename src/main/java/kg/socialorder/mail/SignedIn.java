package kg.socialorder.mail;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import kg.socialorder.identity.WebappLogin;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.springframework.stereotype.Component;

/** Who is logged in to the Camunda webapps in this browser session (the mail pages share that login). */
@Component
public class SignedIn {

  static final String ENGINE = "default";

  private final IdentityService identity;

  public SignedIn(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<String> user(HttpServletRequest request) {
    Authentication login = WebappLogin.of(request.getSession(false), ENGINE);
    return login == null || login.getName() == null ? Optional.empty() : Optional.of(login.getName());
  }

  public boolean isAdministrator(String userId) {
    return identity.createGroupQuery().groupMember(userId).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
  }
}
