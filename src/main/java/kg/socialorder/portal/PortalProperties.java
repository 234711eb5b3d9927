package kg.socialorder.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The portal's settings ({@code social-order.portal.*}).
 *
 * @param maxBody the largest form body the portal reads; a larger one is refused with 413 naming this
 *     limit. Bodies up to Tomcat's {@code server.tomcat.max-http-form-post-size} (2 MB) are parsed by
 *     Tomcat, larger ones by {@link LargeFormReader}, so that a field too long is named as such.
 */
@ConfigurationProperties("social-order.portal")
public record PortalProperties(DataSize maxBody) {

  public PortalProperties {
    maxBody = maxBody == null ? DataSize.ofMegabytes(32) : maxBody;
  }
}
