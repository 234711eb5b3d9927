package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
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
 * @param buyers what the open data says of each municipality as buyer, by municipality id: its identifier,
 *     address and contact point (OCDS expects them of every party)
 */
@ConfigurationProperties("social-order.ocds")
public record OcdsProperties(
    String ocidPrefix, String publisherName, URI publisherUri, URI baseUri, URI license, URI publicationPolicy,
    String currency, String taxIdentifierScheme, String language, Integer pageSize, Map<String, Buyer> buyers) {

  public OcdsProperties {
    ocidPrefix = ocidPrefix == null ? "ocds-kgmso1" : ocidPrefix;
    publisherName = publisherName == null ? "Municipal social order" : publisherName;
    baseUri = baseUri == null ? URI.create("http://localhost:8080") : baseUri;
    currency = currency == null ? "KGS" : currency;
    taxIdentifierScheme = taxIdentifierScheme == null ? "KG-INN" : taxIdentifierScheme;
    language = language == null ? "ky" : language;
    pageSize = pageSize == null ? 100 : pageSize;
    buyers = buyers == null ? Map.of() : Map.copyOf(buyers);
  }

  /**
   * A municipality as a party of the open data.
   *
   * @param taxNumber its tax number (ИНН), its identifier in the tax identifier scheme
   * @param streetAddress street and building
   * @param locality town or village
   * @param region oblast
   * @param postalCode postal code
   * @param contactName who answers for the social order, "Кыргызча / Русский"
   * @param email the contact's e-mail
   * @param telephone the contact's telephone
   */
  public record Buyer(String taxNumber, String streetAddress, String locality, String region, String postalCode,
      String contactName, String email, String telephone) {

    /** Adds the identifier, address and contact point to a party. */
    void describe(ObjectNode party, String scheme) {
      if (taxNumber != null) {
        ObjectNode identifier = party.putObject("identifier");
        identifier.put("scheme", scheme);
        identifier.put("id", taxNumber);
        Text.of(party.path("name").asText(), party.path("name_ru").asText(party.path("name").asText()))
            .put(identifier, "legalName");
      }
      ObjectNode address = party.putObject("address");
      putIfPresent(address, "streetAddress", streetAddress);
      putIfPresent(address, "locality", locality);
      putIfPresent(address, "region", region);
      putIfPresent(address, "postalCode", postalCode);
      Text.of("Кыргыз Республикасы", "Кыргызская Республика").put(address, "countryName");
      ObjectNode contact = party.putObject("contactPoint");
      if (contactName != null) {
        Text.entered(contactName).put(contact, "name");
      }
      putIfPresent(contact, "email", email);
      putIfPresent(contact, "telephone", telephone);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
      if (value != null && !value.isBlank()) {
        node.put(field, value);
      }
    }
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
