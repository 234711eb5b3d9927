package kg.socialorder.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.http.HttpHeaders;

/**
 * What our forms' guards against cross-site submission share (the portal's, without sessions, and the
 * e-mail pages', in the webapps' session): a random token to repeat in a hidden field, its comparison,
 * and whether the browser says the request comes from this site.
 */
public final class FormOrigin {

  /** The name of the hidden field that repeats the token. */
  public static final String PARAMETER = "_csrf";

  private static final SecureRandom RANDOM = new SecureRandom();

  private FormOrigin() {}

  /** 32 random bytes, URL-safe: 43 characters. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The token kept and the one the form submitted are the same, compared in constant time. */
  public static boolean matches(String kept, String submitted) {
    return kept != null && submitted != null && MessageDigest.isEqual(
        kept.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The browser says the request comes from this site (Origin, else Referer), or says nothing. Hosts
   * only: behind a TLS proxy the scheme and port the browser saw differ from the server's own, while a
   * foreign page always has a foreign host.
   */
  public static boolean fromThisSite(HttpServletRequest request) {
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
