package kg.socialorder.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers on every response. Under {@code /camunda} the webapps' own filter sets
 * the Content-Security-Policy (with the nonces their scripts need), nosniff and HSTS, so only what it
 * leaves out is added there: a second policy would be enforced on top of Camunda's and break it.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String WEBAPPS = "/camunda/";

  private final HttpHardeningProperties properties;

  public SecurityHeadersFilter(HttpHardeningProperties properties) {
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Referrer-Policy", properties.referrerPolicy());
    response.setHeader("X-Frame-Options", "DENY");
    if (!request.getRequestURI().startsWith(request.getContextPath() + WEBAPPS)) {
      response.setHeader("Content-Security-Policy", properties.contentSecurityPolicy());
      response.setHeader("X-Content-Type-Options", "nosniff");
      // RFC 6797: a browser ignores HSTS received over plain HTTP, so it is only sent over HTTPS
      if (properties.hsts() && request.isSecure()) {
        response.setHeader("Strict-Transport-Security",
            "max-age=" + properties.hstsMaxAge().toSeconds() + "; includeSubDomains");
      }
    }
    chain.doFilter(request, response);
  }
}
