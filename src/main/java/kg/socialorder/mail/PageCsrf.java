package kg.socialorder.mail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import kg.socialorder.http.FormOrigin;
import org.springframework.stereotype.Component;

/**
 * Guards the mail pages' forms against cross-site submission: a token kept in the logged-in session,
 * repeated in a hidden field, and, when the browser names the page the request comes from, this site.
 */
@Component
public class PageCsrf {

  static final String PARAMETER = FormOrigin.PARAMETER;
  private static final String ATTRIBUTE = "kg.socialorder.mail.csrf";

  public String token(HttpServletRequest request) {
    HttpSession session = request.getSession();
    Object token = session.getAttribute(ATTRIBUTE);
    if (token == null) {
      token = FormOrigin.newToken();
      session.setAttribute(ATTRIBUTE, token);
    }
    return (String) token;
  }

  public boolean accepts(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object kept = session == null ? null : session.getAttribute(ATTRIBUTE);
    return FormOrigin.matches((String) kept, request.getParameter(PARAMETER)) && FormOrigin.fromThisSite(request);
  }
}
