package kg.socialorder.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kg.socialorder.engine.RefusedInputException;
import kg.socialorder.identity.WebappUser;
import kg.socialorder.mail.MailOutbox;
import kg.socialorder.mail.PageCsrf;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff import's pages, behind the webapps' login: upload a CSV or XLSX, see what it would
 * change, confirm, read the report. Forms carry the session's token against cross-site submission;
 * a person not logged in goes to the login, one who may not import is answered 403.
 */
@Controller
class StaffImportController {

  static final String LOGIN = "/camunda/app/tasklist/default/";

  private final StaffImport imports;
  private final ImportAccess access;
  private final PageCsrf csrf;
  private final ProcessEngine engine;
  private final StaffMunicipalities municipalities;
  private final Clock clock;

  StaffImportController(StaffImport imports, ImportAccess access, PageCsrf csrf, ProcessEngine engine,
      StaffMunicipalities municipalities, Clock clock) {
    this.imports = imports;
    this.access = access;
    this.csrf = csrf;
    this.engine = engine;
    this.municipalities = municipalities;
    this.clock = clock;
  }

  @GetMapping({"/people/import", "/people/import/"})
  String form(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<WebappUser> user = WebappUser.of(request, engine.getName());
    if (user.isEmpty()) {
      return "redirect:" + LOGIN;
    }
    return upload(request, response, model, user.get(), null);
  }

  @PostMapping("/people/import")
  String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
      HttpServletResponse response, Model model) throws IOException {
    Optional<WebappUser> user = WebappUser.of(request, engine.getName());
    if (user.isEmpty()) {
      return "redirect:" + LOGIN;
    }
    if (!csrf.accepts(request)) {
      return stale(response);
    }
    try {
      access.of(user.get());
      String id = imports.upload(user.get().userId(), file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      return "redirect:/people/import/" + id;
    } catch (RefusedInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return upload(request, response, model, user.get(), refused.getMessage());
    }
  }

  @GetMapping("/people/import/{id}")
  String report(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<WebappUser> user = WebappUser.of(request, engine.getName());
    if (user.isEmpty()) {
      return "redirect:" + LOGIN;
    }
    ImportAccess.Scope scope = scope(user.get(), response);
    if (scope == null) {
      return "people/import-refused";
    }
    return imports.report(id, user.get().userId(), scope)
        .map(report -> page(request, model, user.get(), scope, report))
        .orElseGet(() -> notFound(response));
  }

  @PostMapping("/people/import/{id}/confirm")
  String confirm(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<WebappUser> user = WebappUser.of(request, engine.getName());
    if (user.isEmpty()) {
      return "redirect:" + LOGIN;
    }
    if (!csrf.accepts(request)) {
      return stale(response);
    }
    ImportAccess.Scope scope = scope(user.get(), response);
    if (scope == null) {
      return "people/import-refused";
    }
    return imports.confirm(id, user.get().userId(), scope)
        .map(report -> "redirect:/people/import/" + id)
        .orElseGet(() -> notFound(response));
  }

  private String upload(HttpServletRequest request, HttpServletResponse response, Model model, WebappUser user,
      String refusal) {
    ImportAccess.Scope scope = scope(user, response);
    if (scope == null) {
      return "people/import-refused";
    }
    StaffMunicipalities.Snapshot places = municipalities.now();
    model.addAttribute("user", user);
    model.addAttribute("everywhere", scope.everywhere());
    Map<String, String> covered = new LinkedHashMap<>(places.names());
    covered.keySet().removeIf(place -> !scope.covers(place));
    model.addAttribute("places", covered);
    model.addAttribute("refusal", refusal);
    model.addAttribute("csrf", csrf.token(request));
    return "people/import";
  }

  private String page(HttpServletRequest request, Model model, WebappUser user, ImportAccess.Scope scope,
      StaffImport.Report report) {
    model.addAttribute("user", user);
    model.addAttribute("everywhere", scope.everywhere());
    model.addAttribute("report", report);
    model.addAttribute("created", MailOutbox.Row.shown(report.createdAt(), clock.getZone()));
    model.addAttribute("confirmed", MailOutbox.Row.shown(report.confirmedAt(), clock.getZone()));
    model.addAttribute("csrf", csrf.token(request));
    return "people/import-report";
  }

  private ImportAccess.Scope scope(WebappUser user, HttpServletResponse response) {
    try {
      return access.of(user);
    } catch (ImportAccess.Refused refused) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return null;
    }
  }

  private static String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "people/import-refused";
  }

  private static String stale(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "people/import-stale";
  }
}
