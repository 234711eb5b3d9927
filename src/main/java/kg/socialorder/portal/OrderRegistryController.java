package kg.socialorder.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.socialorder.documents.DocumentRegister;
import kg.socialorder.finalreport.PublicReportRegister;
import kg.socialorder.order.OrderRegister;
import kg.socialorder.order.OrderRegister.Order;
import kg.socialorder.order.OrderRegister.Theme;
import kg.socialorder.order.OrderStatus;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public registry of social orders of every municipality: filtered by municipality, year and
 * status, a page at a time, each order with its themes and where each stands.
 */
@Controller
@RequestMapping("/portal/orders")
public class OrderRegistryController {

  static final int PAGE_SIZE = 25;
  private static final Set<String> STATUS_NAMES =
      Arrays.stream(OrderStatus.values()).map(OrderStatus::name).collect(Collectors.toUnmodifiableSet());

  private final OrderRegister orders;
  private final PublicReportRegister reports;
  private final MunicipalityNames municipalityNames;
  private final ReportFormat format;
  private final ValidationMessages messages;
  private final DocumentRegister documents;

  public OrderRegistryController(OrderRegister orders, PublicReportRegister reports, MunicipalityNames municipalityNames,
      ReportFormat format, ValidationMessages messages, DocumentRegister documents) {
    this.documents = documents;
    this.orders = orders;
    this.reports = reports;
    this.municipalityNames = municipalityNames;
    this.format = format;
    this.messages = messages;
  }

  @GetMapping({"", "/"})
  public String registry(@RequestParam(required = false) String municipality,
      @RequestParam(required = false) String year, @RequestParam(required = false) String status,
      @RequestParam(required = false) String page, Model model) {
    Map<String, String> municipalities = municipalityNames.all();
    // a filter that matches nothing the form offers is refused, naming it, rather than ignored
    InputCheck check = messages.check();
    String municipalityFilter = check.choice(SearchParameters.MUNICIPALITY, municipality, false, municipalities.keySet());
    Long yearNumber = check.wholeNumber(SearchParameters.YEAR, year, false, SearchParameters.FIRST_YEAR, SearchParameters.LAST_YEAR);
    String statusName = check.choice(SearchParameters.STATUS, status, false, STATUS_NAMES);
    Long pageNumber = check.wholeNumber(SearchParameters.PAGE, page, false, 1, SearchParameters.MAX_PAGE);
    check.throwIfInvalid();
    Integer yearFilter = yearNumber == null ? null : yearNumber.intValue();
    OrderStatus statusFilter = statusName == null ? null : OrderStatus.valueOf(statusName);
    int total = orders.count(municipalityFilter, yearFilter, statusFilter);
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(pageNumber == null ? 1 : pageNumber.intValue(), pages);
    List<Order> shown = orders.orders(municipalityFilter, yearFilter, statusFilter, (current - 1) * PAGE_SIZE, PAGE_SIZE);
    model.addAttribute("orders", shown);
    model.addAttribute("themes", orders.themesOf(shown.stream().map(Order::businessKey).toList()));
    model.addAttribute("municipalities", municipalities);
    model.addAttribute("years", orders.years());
    model.addAttribute("statuses", OrderStatus.values());
    model.addAttribute("municipality", municipalityFilter);
    model.addAttribute("year", yearFilter);
    model.addAttribute("status", statusFilter);
    model.addAttribute("total", total);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("format", format);
    return "portal/orders";
  }

  @GetMapping("/{businessKey}")
  public String order(@PathVariable String businessKey, Model model) {
    Order order = orders.order(businessKey).orElseThrow(OrderNotFound::new);
    List<Theme> themes = orders.themes(businessKey);
    model.addAttribute("order", order);
    model.addAttribute("themes", themes);
    model.addAttribute("reported", themes.stream().filter(t -> reports.find(t.themeKey()).isPresent())
        .map(Theme::themeKey).toList());
    model.addAttribute("municipalityName", municipalityNames.all().get(order.municipality()));
    model.addAttribute("format", format);
    model.addAttribute("papers", documents.publicOfOrder(businessKey));
    return "portal/order";
  }

  @ExceptionHandler(OrderNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String notFound() {
    return "portal/not-found";
  }


  static class OrderNotFound extends RuntimeException {}
}
