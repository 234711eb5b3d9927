package kg.socialorder.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import kg.socialorder.http.FormOrigin;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Guards the portal's forms against cross-site submission without sessions (nodes keep no state):
 * a double-submit token (a random value in a SameSite=Strict, HttpOnly cookie, repeated in a hidden
 * field of every form) and, when the browser says where the request comes from (Origin, else
 * Referer), that it comes from this site. A foreign page can neither read the cookie nor make the
 * browser send it with a cross-site POST, so it cannot produce a matching pair.
 */
@Component
public class PortalCsrf {

  public static final String COOKIE = "portal_csrf";
  public static final String PARAMETER = FormOrigin.PARAMETER;

  private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** The token for a form: the visitor's cookie, or a new one set on the response. */
  public String token(HttpServletRequest request, HttpServletResponse response) {
    String token = cookie(request);
    if (token == null) {
      token = FormOrigin.newToken();
      response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token)
          .path("/portal").httpOnly(true).secure(request.isSecure()).sameSite("Strict").build().toString());
    }
    return token;
  }

  /** The form came from one of our pages, in this visitor's browser. */
  public boolean accepts(HttpServletRequest request) {
    return FormOrigin.fromThisSite(request) && FormOrigin.matches(cookie(request), request.getParameter(PARAMETER));
  }

  private static String cookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie cookie : request.getCookies()) {
      if (COOKIE.equals(cookie.getName()) && TOKEN_FORMAT.matcher(cookie.getValue()).matches()) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
