package kg.socialorder.mail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Guards the mail pages' forms against cross-site submission: a token kept in the logged-in session,
 * repeated in a hidden field, and, when the browser names the page the request comes from, this site.
 */
@Component
public class PageCsrf {

  static final String PARAMETER = "_csrf";
  private static final String ATTRIBUTE = "kg.socialorder.mail.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  public String token(HttpServletRequest request) {
    HttpSession session = request.getSession();
    Object token = session.getAttribute(ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
    }
    return (String) token;
  }

  public boolean accepts(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
    String submitted = request.getParameter(PARAMETER);
    if (expected == null || submitted == null || !MessageDigest.isEqual(
        ((String) expected).getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    String source = request.getHeader(HttpHeaders.ORIGIN);
    if (source == null || source.equals("null")) {
      source = request.getHeader(HttpHeaders.REFERER);
    }
    if (source == null) {
      return true;
    }
    try {
      String host = URI.create(source).getHost();
      return host != null && host.equalsIgnoreCase(request.getServerName());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
