package kg.socialorder;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The project's own settings ({@code social-order.*} in application.yaml).
 *
 * @param timeZone where "today" is decided when a date must not lie in the past
 * @param municipalities the municipalities served; each becomes a Camunda tenant
 */
@ConfigurationProperties("social-order")
public record SocialOrderProperties(ZoneId timeZone, List<Municipality> municipalities) {

  public SocialOrderProperties {
    timeZone = timeZone == null ? ZoneId.of("Asia/Bishkek") : timeZone;
    municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
  }

  /**
   * @param id the tenant id; upper-cased it is the code that starts business keys
   * @param nameKy the name in Kyrgyz
   * @param nameRu the name in Russian
   */
  public record Municipality(String id, String nameKy, String nameRu) {

    public String displayName() {
      return nameKy + " / " + nameRu;
    }
  }
}
