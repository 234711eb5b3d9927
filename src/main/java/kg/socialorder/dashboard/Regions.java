package kg.socialorder.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.dashboard.DashboardFigures.Money;
import org.springframework.stereotype.Component;

/**
 * The regions (oblasts) of {@code social-order.dashboard.regions}: the line a municipality's figures
 * are added to when every municipality is shown at once (the national overview, the supervisor's
 * whole dashboard), so that a country of hundreds of municipalities is drawn as a handful of bars. A
 * municipality in no region is a line of its own.
 */
@Component
public class Regions {

  /** A line: a region (or a municipality in none) or a year, and its money. */
  public record Line(String name, Money money) {}

  private final DashboardProperties properties;
  private final PlaceNames places;
  private final Map<String, String> regionOf = new LinkedHashMap<>();

  public Regions(DashboardProperties properties, PlaceNames places) {
    this.properties = properties;
    this.places = places;
    properties.regions().forEach(region -> region.municipalities()
        .forEach(m -> regionOf.putIfAbsent(m, region.displayName())));
  }

  /** The name of the municipality's region, or the municipality's own name when it is in none. */
  public String lineOf(String municipality) {
    String region = regionOf.get(municipality);
    return region == null ? places.name(municipality) : region;
  }

  /** Money added up by region, the regions in the configured order, then municipalities in none; lines without orders left out. */
  public List<Line> money(List<Money> byMunicipality) {
    Map<String, Money> lines = new LinkedHashMap<>();
    Money none = new Money(null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    for (DashboardProperties.Region region : properties.regions()) {
      lines.put(region.displayName(), none);
    }
    for (Money row : byMunicipality) {
      lines.merge(lineOf(row.municipality()), row, Money::plus);
    }
    return lines.entrySet().stream().filter(e -> e.getValue().orders() > 0)
        .map(e -> new Line(e.getKey(), e.getValue())).toList();
  }
}
