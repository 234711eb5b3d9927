package kg.socialorder.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.PublicFormat;
import kg.socialorder.dashboard.BarChart.Category;
import kg.socialorder.dashboard.BarChart.Series;
import kg.socialorder.dashboard.OrderProgress.Theme;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The portal's page of one order's progress: money by tranche, planned against paid, and the stages' days. */
@Controller
class OrderProgressController {

  static final List<Series> TRANCHE_SERIES = List.of(
      new Series("Пландалган / Запланировано", "series-0"),
      new Series("Төлөнгөн / Выплачено", "series-2"));

  private final OrderProgress progress;
  private final PlaceNames places;
  private final PublicFormat format;

  OrderProgressController(OrderProgress progress, PlaceNames places, PublicFormat format) {
    this.progress = progress;
    this.places = places;
    this.format = format;
  }

  @GetMapping("/portal/orders/{key}/progress")
  String progress(@PathVariable String key, Model model) {
    OrderProgress.Order order = progress.of(key)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Map<String, BarChart> charts = new LinkedHashMap<>();
    for (Theme theme : order.themes()) {
      if (theme.contract() != null) {
        charts.put(theme.themeKey(), BarChart.of("Транштар: пландалган жана төлөнгөн / Транши: запланировано и выплачено",
            TRANCHE_SERIES, theme.contract().tranches().stream().map(t -> new Category(
                t.number() + "-транш / транш " + t.number(), java.util.Arrays.asList(t.planned(), t.paid()))).toList()));
      }
    }
    model.addAttribute("order", order);
    model.addAttribute("municipalityName", places.name(order.municipality()));
    model.addAttribute("charts", charts);
    model.addAttribute("format", format);
    return "portal/order-progress";
  }
}
