package kg.socialorder.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The security headers on the application's own pages (portal, open data, actuator, engine REST
 * API); the Camunda webapps under {@code /camunda} have theirs from {@code camunda.bpm.webapp.header-security}.
 *
 * @param contentSecurityPolicy the policy of the portal's pages: only our own scripts, styles and
 *     images, no framing, forms posted only to ourselves
 * @param referrerPolicy what a link to another site tells it about the page it came from
 * @param hsts whether browsers are told to use HTTPS only (sent on HTTPS requests, including those a
 *     TLS proxy forwarded with {@code X-Forwarded-Proto: https})
 * @param hstsMaxAge how long browsers remember it
 * @param publicCacheTtl how long the public's pages are answered from memory ({@link PublicPageCache});
 *     zero keeps none
 */
@ConfigurationProperties("social-order.http")
public record HttpHardeningProperties(String contentSecurityPolicy, String referrerPolicy, boolean hsts,
    Duration hstsMaxAge, Duration publicCacheTtl) {

  public HttpHardeningProperties {
    publicCacheTtl = publicCacheTtl == null ? Duration.ZERO : publicCacheTtl;
  }
}
