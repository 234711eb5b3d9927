package kg.socialorder.ocds;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The open data's settings ({@code social-order.ocds.*}).
 *
 * @param ocidPrefix the prefix registered with the Open Contracting Partnership; a theme's contracting
 *     process is {@code <prefix>-<themeKey>}, e.g. {@code ocds-kgmso1-KARAKOL-2019-1-T1}
 * @param publisherName who publishes the data (the package's publisher)
 * @param publisherUri where the publisher is found
 * @param baseUri the public address of this application: package URIs and document links start with it
 * @param license the data's license
 * @param publicationPolicy the page that says what is published when
 * @param currency the currency of every amount (ISO 4217)
 * @param taxIdentifierScheme the identifier scheme of an organisation's tax number (the supplier's identifier)
 * @param language the language of the texts (ISO 639-1)
 * @param pageSize releases (or records) per page of a package
 */
@ConfigurationProperties("social-order.ocds")
public record OcdsProperties(
    String ocidPrefix, String publisherName, URI publisherUri, URI baseUri, URI license, URI publicationPolicy,
    String currency, String taxIdentifierScheme, String language, Integer pageSize) {

  public OcdsProperties {
    ocidPrefix = ocidPrefix == null ? "ocds-kgmso1" : ocidPrefix;
    publisherName = publisherName == null ? "Municipal social order" : publisherName;
    baseUri = baseUri == null ? URI.create("http://localhost:8080") : baseUri;
    currency = currency == null ? "KGS" : currency;
    taxIdentifierScheme = taxIdentifierScheme == null ? "KG-INN" : taxIdentifierScheme;
    language = language == null ? "ky" : language;
    pageSize = pageSize == null ? 100 : pageSize;
  }

  /** The contracting process of a theme (or of a competition or contract run on its own). */
  public String ocid(String businessKey) {
    return ocidPrefix + "-" + businessKey;
  }

  /** An absolute link to a path of this application. */
  public String link(String path) {
    String base = baseUri.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }
}
