package kg.socialorder.dashboard;

import java.util.List;
import kg.socialorder.PublicFormat;
import kg.socialorder.dashboard.BarChart.Category;
import kg.socialorder.dashboard.DashboardFigures.Money;
import kg.socialorder.dashboard.Regions.Line;
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
  private final Regions regionsOf;
  private final PublicFormat format;

  NationalOverviewController(DashboardFigures figures, Regions regionsOf, PublicFormat format) {
    this.figures = figures;
    this.regionsOf = regionsOf;
    this.format = format;
  }

  @GetMapping("/portal/overview")
  String overview(Model model) {
    List<Money> money = figures.money(Scope.ALL);
    List<Line> regions = regionsOf.money(DashboardFigures.byMunicipality(money));
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
}
