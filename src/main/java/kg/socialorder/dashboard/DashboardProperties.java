package kg.socialorder.dashboard;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's and the national overview's settings ({@code social-order.dashboard.*}).
 *
 * @param regions the regions (oblasts) the overview adds municipalities up by; a municipality in no
 *     region is a line of its own
 */
@ConfigurationProperties("social-order.dashboard")
public record DashboardProperties(List<Region> regions) {

  public DashboardProperties {
    regions = regions == null ? List.of() : List.copyOf(regions);
  }

  public record Region(String nameKy, String nameRu, List<String> municipalities) {

    public Region {
      municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }

    public String displayName() {
      return nameKy + " / " + nameRu;
    }
  }
}
