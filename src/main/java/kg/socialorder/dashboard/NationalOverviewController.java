package kg.socialorder.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.PublicFormat;
import kg.socialorder.dashboard.BarChart.Category;
import kg.socialorder.dashboard.DashboardFigures.Money;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's national overview, for everyone: the money of all social orders (planned, contracted,
 * paid, refunded) in total, by region and by year, each chart with its table; readable on a phone.
 */
@Controller
class NationalOverviewController {

  private final DashboardFigures figures;
  private final DashboardProperties properties;
  private final PlaceNames places;
  private final PublicFormat format;

  NationalOverviewController(DashboardFigures figures, DashboardProperties properties, PlaceNames places,
      PublicFormat format) {
    this.figures = figures;
    this.properties = properties;
    this.places = places;
    this.format = format;
  }

  /** A line of the overview: a region (or a municipality in none) or a year, and its money. */
  record Line(String name, Money money) {}

  @GetMapping("/portal/overview")
  String overview(Model model) {
    List<Money> money = figures.money(Scope.ALL);
    List<Line> regions = byRegion(DashboardFigures.byMunicipality(money));
    List<Line> years = DashboardFigures.byYear(money).stream().map(m -> new Line(String.valueOf(m.year()), m)).toList();
    model.addAttribute("total", DashboardFigures.total(money));
    model.addAttribute("regions", regions);
    model.addAttribute("years", years);
    model.addAttribute("regionsChart", BarChart.of("Облустар боюнча / По областям", DashboardController.MONEY_SERIES,
        regions.stream().map(NationalOverviewController::category).toList()));
    model.addAttribute("yearsChart", BarChart.of("Жылдар боюнча / По годам", DashboardController.MONEY_SERIES,
        years.stream().map(NationalOverviewController::category).toList()));
    model.addAttribute("format", format);
    return "portal/overview";
  }

  private static Category category(Line line) {
    Money m = line.money();
    return new Category(line.name(), List.of(m.planned(), m.contracted(), m.paid(), m.refunded()));
  }

  private List<Line> byRegion(List<Money> byMunicipality) {
    Map<String, Money> lines = new LinkedHashMap<>();
    Money none = new Money(null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    for (DashboardProperties.Region region : properties.regions()) {
      lines.put(region.displayName(), none);
    }
    for (Money row : byMunicipality) {
      String name = properties.regions().stream().filter(r -> r.municipalities().contains(row.municipality()))
          .map(DashboardProperties.Region::displayName).findFirst().orElse(places.name(row.municipality()));
      lines.merge(name, row, Money::plus);
    }
    return lines.entrySet().stream().filter(e -> e.getValue().orders() > 0)
        .map(e -> new Line(e.getKey(), e.getValue())).toList();
  }
}
