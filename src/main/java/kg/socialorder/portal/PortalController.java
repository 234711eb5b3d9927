package kg.socialorder.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.socialorder.competition.AppealFiling;
import kg.socialorder.competition.AppealRegister;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationCheck;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CallStatus;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.Registration;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.validation.InvalidInputException;
import kg.socialorder.validation.ValidationMessages;
import kg.socialorder.validation.Violation;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public portal of the competitions, for NGOs, residents and journalists, without login: the
 * calls, the application form, the receipt, the results and the appeal form. Pages are rendered on
 * the server by Thymeleaf, which escapes every value it shows.
 */
@Controller
@RequestMapping("/portal")
public class PortalController {

  /** Rows of the budget table on the application form; blank rows are ignored. */
  static final int BUDGET_ROWS = 8;
  private static final List<String> APPEAL_FIELDS = List.of(
      AppealFiling.REGISTRATION_NUMBER, AppealFiling.TAX_NUMBER, AppealFiling.GROUNDS);
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortalController.class);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CallRegister calls;
  private final ApplicationRegister applications;
  private final ApplicationIntake intake;
  private final AppealFiling appealFiling;
  private final AppealRegister appeals;
  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final PortalCsrf csrf;

  public PortalController(CallRegister calls, ApplicationRegister applications, ApplicationIntake intake,
      AppealFiling appealFiling, AppealRegister appeals, ValidationMessages messages, BusinessCalendar calendar,
      PortalCsrf csrf) {
    this.calls = calls;
    this.applications = applications;
    this.intake = intake;
    this.appealFiling = appealFiling;
    this.appeals = appeals;
    this.messages = messages;
    this.calendar = calendar;
    this.csrf = csrf;
  }

  @GetMapping({"", "/"})
  public String calls(Model model) {
    Instant now = now();
    List<CompetitionCall> all = calls.publicCalls();
    model.addAttribute("open", all.stream().filter(c -> c.status() == CallStatus.OPEN && c.acceptsApplicationsAt(now))
        .sorted(Comparator.comparing(CompetitionCall::deadlineAt)).toList());
    model.addAttribute("others", all.stream().filter(c -> !(c.status() == CallStatus.OPEN && c.acceptsApplicationsAt(now)))
        .toList());
    return "portal/calls";
  }

  @GetMapping("/calls/{callNumber}")
  public String call(@PathVariable String callNumber, Model model) {
    CompetitionCall call = published(callNumber);
    model.addAttribute("call", call);
    model.addAttribute("accepting", call.acceptsApplicationsAt(now()));
    model.addAttribute("deadline", lastMinute(call.deadlineAt()));
    model.addAttribute("applicationsCount", applications.ofCall(callNumber).size());
    return "portal/call";
  }

  @GetMapping("/calls/{callNumber}/apply")
  public String applicationForm(@PathVariable String callNumber, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    return applicationPage(call, emptyForm(), Map.of(), List.of(), model, request, response);
  }

  @PostMapping("/calls/{callNumber}/apply")
  public String apply(@PathVariable String callNumber, @RequestParam Map<String, String> params,
      @RequestParam(name = ApplicationCheck.DECLARED_DOCUMENTS, required = false) List<String> documents,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    if (!csrf.accepts(request)) {
      return forbidden(response);
    }
    Map<String, Object> form = submitted(params, documents);
    try {
      Registration registration = intake.submit(callNumber, form::get);
      return "redirect:/portal/receipts/" + encode(registration.registrationNumber())
          + (registration.replaced() ? "?replaced=true" : "");
    } catch (InvalidInputException rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return applicationPage(call, form, errorsByField(rejected),
          generalErrors(rejected, ApplicationCheck.FIELDS), model, request, response);
    }
  }

  @GetMapping("/receipts/{registrationNumber}")
  public String receipt(@PathVariable String registrationNumber,
      @RequestParam(name = "replaced", required = false) String replaced, Model model) {
    Application application = applications.findByRegistrationNumber(registrationNumber)
        .orElseThrow(NotFound::new);
    model.addAttribute("registered", application);
    model.addAttribute("call", published(application.callNumber()));
    model.addAttribute("submittedAt", moment(application.submittedAt()));
    // only a note on the receipt: anything but "true" shows the plain receipt
    model.addAttribute("replaced", "true".equals(replaced));
    return "portal/receipt";
  }

  @GetMapping("/calls/{callNumber}/results")
  public String results(@PathVariable String callNumber, Model model) {
    CompetitionCall call = published(callNumber);
    List<Application> all = applications.ofCall(callNumber);
    boolean checked = all.stream().anyMatch(a -> a.eligible() != null);
    List<Application> ordered = new ArrayList<>(all);
    ordered.sort(Comparator.comparing((Application a) -> a.rankingPosition() == null ? Integer.MAX_VALUE : a.rankingPosition())
        .thenComparing(Application::registrationNumber));
    model.addAttribute("call", call);
    model.addAttribute("resultsPublic", call.status().resultsPublic());
    model.addAttribute("eligibilityPublic", checked && call.status() != CallStatus.OPEN);
    model.addAttribute("applications", ordered);
    model.addAttribute("appealOpen", call.acceptsAppealsAt(now()));
    model.addAttribute("appealDeadline", call.appealDeadlineAt() == null ? null : moment(call.appealDeadlineAt()));
    // the appeal-filed page promises the decision here
    Map<Long, String> registrationNumbers = all.stream()
        .collect(Collectors.toMap(Application::id, Application::registrationNumber, (a, b) -> a));
    model.addAttribute("appeals", appeals.ofCall(callNumber).stream()
        .map(a -> new PublicAppeal(registrationNumbers.get(a.applicationId()), moment(a.filedAt()),
            PortalLabels.APPEAL_STATUSES.getOrDefault(a.status(), a.status()), a.decisionReason()))
        .toList());
    return "portal/results";
  }

  @GetMapping("/calls/{callNumber}/appeal")
  public String appealForm(@PathVariable String callNumber, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    return appealPage(call, Map.of(), Map.of(), List.of(), model, request, response);
  }

  @PostMapping("/calls/{callNumber}/appeal")
  public String appeal(@PathVariable String callNumber, @RequestParam Map<String, String> params, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    if (!csrf.accepts(request)) {
      return forbidden(response);
    }
    try {
      appealFiling.file(callNumber, params.get(AppealFiling.REGISTRATION_NUMBER), params.get(AppealFiling.TAX_NUMBER),
          params.get(AppealFiling.GROUNDS));
      return "redirect:/portal/calls/" + encode(callNumber) + "/appeal/filed";
    } catch (InvalidInputException rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      // when the window is shut the form is not shown: every message goes above it
      List<String> general = generalErrors(rejected, call.acceptsAppealsAt(now()) ? APPEAL_FIELDS : List.of());
      return appealPage(call, params, errorsByField(rejected), general, model, request, response);
    }
  }

  @GetMapping("/calls/{callNumber}/appeal/filed")
  public String appealFiled(@PathVariable String callNumber, Model model) {
    model.addAttribute("call", published(callNumber));
    return "portal/appeal-filed";
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String notFound() {
    return "portal/not-found";
  }

  private String applicationPage(CompetitionCall call, Map<String, Object> form, Map<String, List<String>> errors,
      List<String> general, Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("call", call);
    model.addAttribute("accepting", call.acceptsApplicationsAt(now()));
    model.addAttribute("deadline", lastMinute(call.deadlineAt()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("generalErrors", general);
    model.addAttribute("legalForms", PortalLabels.LEGAL_FORMS);
    model.addAttribute("documents", PortalLabels.DOCUMENTS);
    model.addAttribute("csrfToken", csrf.token(request, response));
    return "portal/apply";
  }

  private String appealPage(CompetitionCall call, Map<String, String> form, Map<String, List<String>> errors,
      List<String> general, Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("call", call);
    model.addAttribute("appealOpen", call.acceptsAppealsAt(now()));
    model.addAttribute("appealDeadline", call.appealDeadlineAt() == null ? null : moment(call.appealDeadlineAt()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("generalErrors", general);
    model.addAttribute("csrfToken", csrf.token(request, response));
    return "portal/appeal";
  }

  private static String forbidden(HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return "portal/forbidden";
  }

  private CompetitionCall published(String callNumber) {
    return calls.find(callNumber).orElseThrow(NotFound::new);
  }

  /** What the form sent, in the shapes the check reads; kept to show the form again on error. */
  static Map<String, Object> submitted(Map<String, String> params, List<String> documents) {
    Map<String, Object> form = new LinkedHashMap<>();
    for (String field : ApplicationCheck.FIELDS) {
      form.put(field, params.get(field));
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < BUDGET_ROWS; i++) {
      String item = params.getOrDefault("budgetItem" + i, "");
      String amount = params.getOrDefault("budgetAmount" + i, "");
      if (!item.isBlank() || !amount.isBlank()) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("item", item);
        line.put("amount", amount);
        lines.add(line);
      }
    }
    form.put(ApplicationCheck.BUDGET_LINES, lines);
    form.put(ApplicationCheck.DECLARED_DOCUMENTS, documents == null ? List.of() : documents);
    form.put(ApplicationCheck.DECLARATION_CONFIRMED, params.containsKey(ApplicationCheck.DECLARATION_CONFIRMED));
    return form;
  }

  private static Map<String, Object> emptyForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(ApplicationCheck.BUDGET_LINES, List.of());
    form.put(ApplicationCheck.DECLARED_DOCUMENTS, List.of());
    return form;
  }

  /** Messages by field; a budget line's message goes with the budget table. */
  private Map<String, List<String>> errorsByField(InvalidInputException rejected) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Violation violation : rejected.getViolations()) {
      String field = violation.field().replaceFirst("\\[.*$", "");
      errors.computeIfAbsent(field, f -> new ArrayList<>()).add(messages.describe(violation));
    }
    return errors;
  }

  /** Messages about the submission as a whole (a closed call), shown above the form. */
  private List<String> generalErrors(InvalidInputException rejected, List<String> formFields) {
    return rejected.getViolations().stream()
        .filter(v -> !formFields.contains(v.field().replaceFirst("\\[.*$", "")))
        .map(messages::describe)
        .toList();
  }

  /** Anything unexpected: a plain page, never a stack trace. */
  @org.springframework.web.bind.annotation.ExceptionHandler(RuntimeException.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  public String failed(RuntimeException e) {
    LOG.error("Portal request failed", e);
    return "portal/error";
  }

  private Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * The last minute applications are taken: a call closes when its last day ends, and "until
   * 2026-12-22 23:59" reads as that day, where "until 2026-12-23 00:00" read as the day after.
   */
  private String lastMinute(Instant closesAt) {
    return moment(closesAt.minusSeconds(60));
  }

  private String moment(Instant instant) {
    return MOMENT.format(instant.atZone(calendar.zone()));
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8);
  }

  /** An unknown call or registration number. */
  static class NotFound extends RuntimeException {
    NotFound() {
      super(null, null, false, false);
    }
  }

  /** An appeal as the public sees it: whose application, when, and what became of it. */
  public record PublicAppeal(String registrationNumber, String filedAt, String status, String decisionReason) {}
}
