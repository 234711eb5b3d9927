package kg.socialorder.people;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * People ({@code social-order.people.*}).
 *
 * @param invitationValidity how long an invitation's link works (72 hours unless set)
 * @param coordinatorsImport whether a municipality's coordinator may import its own staff (the
 *     administrator imports for any municipality either way)
 * @param maxImportRows the most rows one staff file may have
 */
@ConfigurationProperties("social-order.people")
public record PeopleProperties(Duration invitationValidity, Boolean coordinatorsImport, Integer maxImportRows) {

  public PeopleProperties {
    invitationValidity = invitationValidity == null ? Duration.ofHours(72) : invitationValidity;
    coordinatorsImport = coordinatorsImport == null || coordinatorsImport;
    maxImportRows = maxImportRows == null ? 5000 : maxImportRows;
  }
}
