package kg.socialorder.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kg.socialorder.PublicFormat;
import kg.socialorder.dashboard.BarChart.Category;
import kg.socialorder.dashboard.BarChart.Series;
import kg.socialorder.dashboard.DashboardFigures.IndicatorSummary;
import kg.socialorder.dashboard.DashboardFigures.Money;
import kg.socialorder.dashboard.DashboardFigures.StageCount;
import kg.socialorder.identity.WebappUser;
import kg.socialorder.order.OrderStatus;
import kg.socialorder.order.ThemeStatus;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' and officials' dashboard, read-only, behind the webapps' login: money planned,
 * contracted, paid and refunded by municipality and year, orders and themes by stage, overdue tranche
 * reports and tasks, failed and appealed competitions, indicators reached; each chart with its table.
 * A supervisor may narrow it to one municipality.
 */
@Controller
class DashboardController {

  static final List<Series> MONEY_SERIES = List.of(
      new Series("Пландалган / Запланировано", "series-0"),
      new Series("Келишим түзүлгөн / По договорам", "series-1"),
      new Series("Төлөнгөн / Выплачено", "series-2"),
      new Series("Кайтарылган / Возвращено", "series-3"));

  /** Past it a page number is a typing error, not a page. */
  static final long MAX_PAGE = 1_000_000;

  private final DashboardAccess access;
  private final DashboardFigures figures;
  private final OverdueTasks overdueTasks;
  private final PlaceNames places;
  private final Regions regions;
  private final PublicFormat format;
  private final ValidationMessages messages;

  DashboardController(DashboardAccess access, DashboardFigures figures, OverdueTasks overdueTasks, PlaceNames places,
      Regions regions, PublicFormat format, ValidationMessages messages) {
    this.access = access;
    this.figures = figures;
    this.overdueTasks = overdueTasks;
    this.places = places;
    this.regions = regions;
    this.format = format;
    this.messages = messages;
  }

  @GetMapping({"/dashboard", "/dashboard/"})
  String dashboard(@RequestParam(required = false) String municipality, @RequestParam(required = false) String page,
      @RequestParam(required = false) String indicatorPage, HttpServletRequest request, Model model) {
    WebappUser reader = access.reader(request);
    Scope allowed = access.dashboard(reader);
    Map<String, String> choices = new LinkedHashMap<>();
    places.all().forEach((id, name) -> {
      if (allowed.covers(id)) {
        choices.put(id, name);
      }
    });
    InputCheck check = messages.check();
    String chosen = check.choice("municipality", municipality, false, choices.keySet());
    Long moneyPage = check.wholeNumber("page", page, false, 1, MAX_PAGE);
    Long indicatorsPage = check.wholeNumber("indicatorPage", indicatorPage, false, 1, MAX_PAGE);
    check.throwIfInvalid();
    Scope scope = chosen == null ? allowed : Scope.of(List.of(chosen));

    List<Money> money = figures.money(scope);
    List<Money> byMunicipality = DashboardFigures.byMunicipality(money);
    List<Money> byYear = DashboardFigures.byYear(money);
    List<StageCount> orders = ordered(figures.ordersByStage(scope), Arrays.stream(OrderStatus.values()).map(Enum::name).toList());
    List<StageCount> themes = ordered(figures.themesByStage(scope), Arrays.stream(ThemeStatus.values()).map(Enum::name).toList());
    List<IndicatorSummary> indicators = figures.indicators(scope);

    model.addAttribute("reader", reader);
    model.addAttribute("scope", scope);
    model.addAttribute("scopeName", scope.all() ? null
        : String.join(", ", scope.municipalities().stream().map(places::name).toList()));
    model.addAttribute("choices", choices);
    model.addAttribute("chosen", chosen);
    model.addAttribute("seesAll", allowed.all());
    model.addAttribute("money", TablePage.of(money, moneyPage == null ? 1 : moneyPage));
    model.addAttribute("moneyByMunicipality", byMunicipality);
    model.addAttribute("moneyByYear", byYear);
    model.addAttribute("moneyTotal", DashboardFigures.total(money));
    // every municipality at once is drawn by region: hundreds of bars would say nothing
    model.addAttribute("moneyByMunicipalityChart", scope.all()
        ? BarChart.of("Облустар боюнча каражат / Средства по областям", MONEY_SERIES,
            regions.money(byMunicipality).stream().map(line -> moneyCategory(line.name(), line.money())).toList())
        : BarChart.of("Муниципалитеттер боюнча каражат / Средства по муниципалитетам", MONEY_SERIES,
            byMunicipality.stream().map(row -> moneyCategory(places.name(row.municipality()), row)).toList()));
    model.addAttribute("moneyByYearChart", BarChart.of("Жылдар боюнча каражат / Средства по годам",
        MONEY_SERIES, byYear.stream().map(row -> moneyCategory(String.valueOf(row.year()), row)).toList()));
    model.addAttribute("orders", orders);
    model.addAttribute("ordersChart", stageChart("Социалдык тапшырыктар этаптар боюнча / Социальные заказы по этапам",
        orders, name -> OrderStatus.valueOf(name).ky() + " / " + OrderStatus.valueOf(name).ru()));
    model.addAttribute("themes", themes);
    model.addAttribute("themesChart", stageChart("Темалар этаптар боюнча / Темы по этапам",
        themes, name -> ThemeStatus.valueOf(name).ky() + " / " + ThemeStatus.valueOf(name).ru()));
    model.addAttribute("overdueReports", figures.overdueReports(scope));
    model.addAttribute("overdueTasks", overdueTasks.of(scope));
    model.addAttribute("competitions", figures.troubledCompetitions(scope));
    model.addAttribute("indicators", TablePage.of(indicators, indicatorsPage == null ? 1 : indicatorsPage));
    model.addAttribute("indicatorsChart", indicatorChart(indicators, scope.all()));
    model.addAttribute("mayExportPayments", mayExportPayments(reader));
    model.addAttribute("places", places);
    model.addAttribute("format", format);
    return "dashboard/dashboard";
  }

  private boolean mayExportPayments(WebappUser reader) {
    try {
      access.payments(reader);
      return true;
    } catch (DashboardAccess.Refused refused) {
      return false;
    }
  }

  private static Category moneyCategory(String label, Money row) {
    return new Category(label, List.of(row.planned(), row.contracted(), row.paid(), row.refunded()));
  }

  /** Every stage in the procedure's order, those with nothing as 0. */
  private static List<StageCount> ordered(List<StageCount> counts, List<String> stages) {
    List<StageCount> all = new ArrayList<>();
    for (String stage : stages) {
      all.add(new StageCount(stage, counts.stream().filter(c -> c.stage().equals(stage)).mapToInt(StageCount::count).sum()));
    }
    return all;
  }

  private static BarChart stageChart(String label, List<StageCount> counts, Function<String, String> name) {
    return BarChart.of(label, List.of(new Series("Саны / Количество", "series-0")),
        counts.stream().map(c -> new Category(name.apply(c.stage()), List.of(BigDecimal.valueOf(c.count())))).toList());
  }

  /** Indicators by municipality, or by region when every municipality is shown. */
  private BarChart indicatorChart(List<IndicatorSummary> indicators, boolean byRegion) {
    Map<String, int[]> byPlace = new LinkedHashMap<>();
    indicators.forEach(row -> {
      String line = byRegion ? regions.lineOf(row.municipality()) : places.name(row.municipality());
      int[] sums = byPlace.computeIfAbsent(line, m -> new int[2]);
      sums[0] += row.lines();
      sums[1] += row.reached();
    });
    return BarChart.of("Көрсөткүчтөр: бардыгы жана жетишилгени / Показатели: всего и достигнуто",
        List.of(new Series("Көрсөткүчтөр / Показатели", "series-0"),
            new Series("Максатка жетишилген / Цель достигнута", "series-2")),
        byPlace.entrySet().stream().map(e -> new Category(e.getKey(),
            List.of(BigDecimal.valueOf(e.getValue()[0]), BigDecimal.valueOf(e.getValue()[1])))).toList());
  }
}
