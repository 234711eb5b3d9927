package kg.socialorder.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import kg.socialorder.identity.WebappUser;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads as CSV or XLSX: the registry of social orders (public, like the portal's registry), a
 * call's applications (its commission), the payments (finance; the supervisor) and the indicators
 * (the dashboard's readers). {@code municipality} narrows a list to one of the reader's municipalities.
 */
@Controller
class ExportController {

  static final Set<String> FORMATS = Set.of("csv", "xlsx");

  private final DashboardAccess access;
  private final ExportQueries queries;
  private final ExportWriter writer;
  private final PlaceNames places;
  private final ValidationMessages messages;

  ExportController(DashboardAccess access, ExportQueries queries, ExportWriter writer, PlaceNames places,
      ValidationMessages messages) {
    this.access = access;
    this.queries = queries;
    this.writer = writer;
    this.places = places;
    this.messages = messages;
  }

  @GetMapping("/exports/registry.{format}")
  void registry(@PathVariable String format, @RequestParam(required = false) String municipality,
      HttpServletResponse response) throws IOException {
    send(queries.registry(narrowed(Scope.ALL, municipality)), "registry", format, response);
  }

  @GetMapping("/exports/payments.{format}")
  void payments(@PathVariable String format, @RequestParam(required = false) String municipality,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    Scope scope = access.payments(access.reader(request));
    send(queries.payments(narrowed(scope, municipality)), "payments", format, response);
  }

  @GetMapping("/exports/indicators.{format}")
  void indicators(@PathVariable String format, @RequestParam(required = false) String municipality,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    Scope scope = access.dashboard(access.reader(request));
    send(queries.indicators(narrowed(scope, municipality)), "indicators", format, response);
  }

  @GetMapping("/exports/calls/{callNumber}/applications.{format}")
  void applications(@PathVariable String callNumber, @PathVariable String format, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    WebappUser reader = access.reader(request);
    // an unknown call and another municipality's call answer alike: nothing is told about calls not theirs
    String municipality = queries.callMunicipality(callNumber).orElseThrow(DashboardAccess.Refused::new);
    access.applications(reader, municipality);
    send(queries.applications(callNumber), "applications-" + callNumber, format, response);
  }

  /** The scope, or one of its municipalities when asked for; any other is refused naming the parameter. */
  private Scope narrowed(Scope scope, String municipality) {
    InputCheck check = messages.check();
    String chosen = check.choice("municipality", municipality, false,
        places.all().keySet().stream().filter(scope::covers).collect(java.util.stream.Collectors.toSet()));
    check.throwIfInvalid();
    return chosen == null ? scope : Scope.of(List.of(chosen));
  }

  private void send(ExportTable table, String name, String format, HttpServletResponse response) throws IOException {
    InputCheck check = messages.check();
    String chosen = check.choice("format", format, true, FORMATS);
    check.throwIfInvalid();
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name + "." + chosen, java.nio.charset.StandardCharsets.UTF_8)
            .build().toString());
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (chosen.equals("csv")) {
      response.setContentType(ExportWriter.CSV_TYPE);
      writer.csv(table, response.getOutputStream());
    } else {
      response.setContentType(ExportWriter.XLSX_TYPE);
      writer.xlsx(table, response.getOutputStream());
    }
  }
}
