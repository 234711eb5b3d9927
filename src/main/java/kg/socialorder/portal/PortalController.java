package kg.socialorder.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kg.socialorder.PublicFormat;
import kg.socialorder.competition.AppealFiling;
import kg.socialorder.competition.AppealRegister;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationCheck;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CallStatus;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.ReceiptSecret;
import kg.socialorder.competition.Registration;
import kg.socialorder.documents.CheckedPaper;
import kg.socialorder.documents.DocumentRegister;
import kg.socialorder.documents.Documents;
import kg.socialorder.documents.Paper;
import kg.socialorder.documents.Placement;
import kg.socialorder.validation.InvalidInputException;
import kg.socialorder.validation.ValidationMessages;
import kg.socialorder.validation.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
  /** The receipt's fields typed back on the change page, and carried by the form of the change. */
  private static final List<String> RECEIPT_FIELDS = List.of(AppealFiling.REGISTRATION_NUMBER,
      ApplicationRegister.SECRET);
  /**
   * Carries the secret from the submission to its receipt, once: a cookie for the receipt's path
   * only, for a few minutes, which the receipt clears. With it the receipt shows everything as stored
   * (and a new application's secret); without it, only what is public. Nodes keep no state, and the
   * secret never travels in a URL (logs, history, Referer).
   */
  static final String SECRET_COOKIE = "portal_receipt";
  /** The step an NGO's papers arise at. */
  static final String APPLICATION_STEP = "application";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortalController.class);

  private final CallRegister calls;
  private final ApplicationRegister applications;
  private final ApplicationIntake intake;
  private final AppealFiling appealFiling;
  private final AppealRegister appeals;
  private final ValidationMessages messages;
  private final PublicFormat format;
  private final PortalCsrf csrf;
  private final Clock clock;
  private final ApplicationPapers papers;
  private final Documents documents;
  private final DocumentRegister documentRegister;

  public PortalController(CallRegister calls, ApplicationRegister applications, ApplicationIntake intake,
      AppealFiling appealFiling, AppealRegister appeals, ValidationMessages messages, PublicFormat format,
      PortalCsrf csrf, Clock clock, ApplicationPapers papers, Documents documents,
      DocumentRegister documentRegister) {
    this.calls = calls;
    this.applications = applications;
    this.intake = intake;
    this.appealFiling = appealFiling;
    this.appeals = appeals;
    this.messages = messages;
    this.format = format;
    this.csrf = csrf;
    this.clock = clock;
    this.papers = papers;
    this.documents = documents;
    this.documentRegister = documentRegister;
  }

  /** Every page of the portal writes dates and amounts the same way. */
  @ModelAttribute("format")
  public PublicFormat format() {
    return format;
  }

  @GetMapping({"", "/"})
  public String calls(Model model) {
    Instant now = now();
    List<CompetitionCall> all = calls.publicCalls();
    model.addAttribute("open", all.stream().filter(c -> c.acceptsApplicationsAt(now))
        .sorted(Comparator.comparing(CompetitionCall::deadlineAt)).toList());
    model.addAttribute("others", all.stream().filter(c -> !c.acceptsApplicationsAt(now))
        .toList());
    return "portal/calls";
  }

  @GetMapping("/calls/{callNumber}")
  public String call(@PathVariable String callNumber, Model model) {
    CompetitionCall call = published(callNumber);
    model.addAttribute("call", call);
    model.addAttribute("accepting", accepting(call));
    model.addAttribute("deadline", lastMinute(call.deadlineAt()));
    model.addAttribute("applicationsCount", applications.ofCall(callNumber).size());
    model.addAttribute("papers", documentRegister.publicOfCase(call.businessKey()));
    return "portal/call";
  }

  @GetMapping("/calls/{callNumber}/apply")
  public String applicationForm(@PathVariable String callNumber, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    return applicationPage(call, emptyForm(), null, Map.of(), List.of(), model, request, response);
  }

  /**
   * A new application, or, with the receipt's registration number and secret (carried by the form
   * of the change page), a new version of that application.
   */
  @PostMapping("/calls/{callNumber}/apply")
  public String apply(@PathVariable String callNumber, @RequestParam Map<String, String> params,
      @RequestParam(name = ApplicationCheck.DECLARED_DOCUMENTS, required = false) List<String> documents,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    if (!csrf.accepts(request)) {
      return forbidden(response);
    }
    Receipt receipt = Receipt.of(params);
    List<Paper> sent = papers.sent(request, callNumber, receipt == null ? null : receipt.registrationNumber());
    Map<String, Object> form = submitted(params, ApplicationPapers.declared(documents, sent));
    List<Violation> refusedFiles = new ArrayList<>();
    List<CheckedPaper> checked = List.of();
    try {
      long kept = receipt == null ? 0 : documentRegister.sizeOfApplication(callNumber, receipt.registrationNumber());
      checked = this.documents.check(sent, kept, call.deadlineAt(), true);
    } catch (InvalidInputException refused) {
      refusedFiles.addAll(refused.getViolations());
    }
    try {
      if (!refusedFiles.isEmpty()) {
        // the files are refused: the fields are checked too, so every mistake is said at once
        List<Violation> all = new ArrayList<>();
        try {
          intake.check(form::get);
        } catch (InvalidInputException fields) {
          all.addAll(fields.getViolations());
        }
        all.addAll(refusedFiles);
        throw new InvalidInputException(all, messages.describe(all));
      }
      List<CheckedPaper> toKeep = checked;
      Consumer<Registration> keepPapers = registered -> this.documents.keep(toKeep, new Placement(call.municipality(),
          call.businessKey(), callNumber, registered.registrationNumber(), APPLICATION_STEP, null));
      Registration registration = receipt == null ? intake.submit(callNumber, form::get, keepPapers)
          : intake.change(callNumber, receipt.registrationNumber(), receipt.secret(), form::get, keepPapers);
      // the receipt shows what was stored (and a new application's secret) to this browser, once
      String secret = registration.secret() != null ? registration.secret() : receipt.secret();
      response.addHeader(HttpHeaders.SET_COOKIE, secretCookie(request, registration.registrationNumber(),
          registration.registrationNumber() + ":" + secret, Duration.ofMinutes(10)).toString());
      return "redirect:/portal/receipts/" + encode(registration.registrationNumber());
    } catch (InvalidInputException rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      // as the call is now: closed meanwhile (the deadline's closing came first), it says so
      CompetitionCall now = published(callNumber);
      String page = applicationPage(now, form, receipt, errorsByField(rejected, applicationFields(now)),
          generalErrors(rejected, applicationFields(now)), model, request, response);
      if (!accepting(now)) {
        // the form is not shown, but each file refused is named with its reason
        model.addAttribute("generalErrors", rejected.getViolations().stream()
            .filter(v -> Documents.FIELD.equals(v.field())).map(messages::describe).toList());
      }
      return page;
    }
  }

  /** The page to change an application: its receipt's registration number and secret. */
  @GetMapping("/calls/{callNumber}/change")
  public String changeForm(@PathVariable String callNumber, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    return changePage(call, Map.of(), Map.of(), List.of(), model, request, response);
  }

  /** The receipt matches: the application form, filled with the version the commission would score now. */
  @PostMapping("/calls/{callNumber}/change")
  public String change(@PathVariable String callNumber, @RequestParam Map<String, String> params, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    CompetitionCall call = published(callNumber);
    if (!csrf.accepts(request)) {
      return forbidden(response);
    }
    try {
      Application application = intake.toChange(callNumber, params.get(AppealFiling.REGISTRATION_NUMBER),
          params.get(ApplicationRegister.SECRET));
      return applicationPage(call, filled(application), Receipt.of(params), Map.of(), List.of(), model, request,
          response);
    } catch (InvalidInputException rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      List<String> fields = accepting(call) ? RECEIPT_FIELDS : List.of();
      return changePage(call, params, errorsByField(rejected, fields), generalErrors(rejected, fields), model,
          request, response);
    }
  }

  @GetMapping("/receipts/{registrationNumber}")
  public String receipt(@PathVariable String registrationNumber, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    Application application = applications.findByRegistrationNumber(registrationNumber)
        .orElseThrow(NotFound::new);
    model.addAttribute("registered", application);
    model.addAttribute("call", published(application.callNumber()));
    model.addAttribute("versions", applications.versions(application.id()).stream()
        .map(v -> new ShownVersion(v.version(), format.moment(v.submittedAt()),
            ApplicationRegister.PAPER.equals(v.channel()),
            v.changedFields().stream().map(messages::fieldName).toList()))
        .toList());
    model.addAttribute("legalForms", PortalLabels.LEGAL_FORMS);
    model.addAttribute("documents", PortalLabels.DOCUMENTS);
    model.addAttribute("papers", documentRegister.ofApplication(application.callNumber(),
        application.registrationNumber()));
    // right after the submission: the secret and the values as stored, this once (the cookie is cleared)
    String secret = shownOnce(request, application);
    if (secret != null) {
      response.addHeader(HttpHeaders.SET_COOKIE,
          secretCookie(request, registrationNumber, "", Duration.ZERO).toString());
    }
    model.addAttribute("secret", secret);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
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
      return appealPage(call, params, errorsByField(rejected, APPEAL_FIELDS), general, model, request, response);
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

  private String applicationPage(CompetitionCall call, Map<String, Object> form, Receipt receipt,
      Map<String, List<String>> errors, List<String> general, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("call", call);
    model.addAttribute("accepting", accepting(call));
    // a change carries its receipt on to the submission; the page is not kept by the browser
    model.addAttribute("receipt", receipt);
    if (receipt != null) {
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    model.addAttribute("deadline", lastMinute(call.deadlineAt()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    // a closed call is said once, by the page, as the call's state and not as a field to correct
    model.addAttribute("generalErrors", accepting(call) ? general : List.of());
    model.addAttribute("legalForms", PortalLabels.LEGAL_FORMS);
    model.addAttribute("documents", PortalLabels.DOCUMENTS);
    model.addAttribute("paperKinds", ApplicationPapers.formKinds());
    model.addAttribute("maxFileSize", papers.maxFileSize());
    model.addAttribute("maxApplicationSize", papers.maxApplicationSize());
    model.addAttribute("csrfToken", csrf.token(request, response));
    return "portal/apply";
  }

  private String changePage(CompetitionCall call, Map<String, String> form, Map<String, List<String>> errors,
      List<String> general, Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("call", call);
    model.addAttribute("accepting", accepting(call));
    model.addAttribute("deadline", lastMinute(call.deadlineAt()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("generalErrors", accepting(call) ? general : List.of());
    model.addAttribute("csrfToken", csrf.token(request, response));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return "portal/change";
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

  /** The application form filled with an application as stored, in the shapes the form sends. */
  private static Map<String, Object> filled(Application application) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(ApplicationCheck.ORGANISATION_NAME, application.organisationName());
    form.put(ApplicationCheck.LEGAL_FORM, application.legalForm());
    form.put(ApplicationCheck.TAX_NUMBER, application.taxNumber());
    form.put(ApplicationCheck.REGISTRATION_DATE, application.registrationDate().toString());
    form.put(ApplicationCheck.CONTACT_PERSON, application.contactPerson());
    form.put(ApplicationCheck.PHONE, application.phone());
    form.put(ApplicationCheck.EMAIL, application.email());
    form.put(ApplicationCheck.PROJECT_TITLE, application.projectTitle());
    form.put(ApplicationCheck.SUMMARY, application.summary());
    form.put(ApplicationCheck.WORK_PLAN, application.workPlan());
    form.put(ApplicationCheck.REQUESTED_AMOUNT, PublicFormat.number(application.requestedAmount()));
    form.put(ApplicationCheck.OWN_CONTRIBUTION, PublicFormat.number(application.ownContribution()));
    form.put(ApplicationCheck.BUDGET_LINES, application.budgetLines().stream()
        .map(line -> Map.of("item", line.item(), "amount", PublicFormat.number(line.amount())))
        .toList());
    form.put(ApplicationCheck.DECLARED_DOCUMENTS, application.declaredDocuments());
    form.put(ApplicationCheck.DECLARATION_CONFIRMED, false);
    return form;
  }

  private static ResponseCookie secretCookie(HttpServletRequest request, String registrationNumber, String value,
      Duration maxAge) {
    return ResponseCookie.from(SECRET_COOKIE, value).path("/portal/receipts/" + encode(registrationNumber))
        .maxAge(maxAge).httpOnly(true).secure(request.isSecure()).sameSite("Strict").build();
  }

  /** The secret of this application from its one-time cookie, when it is this application's. */
  private String shownOnce(HttpServletRequest request, Application application) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie cookie : request.getCookies()) {
      int colon = cookie.getValue().lastIndexOf(':');
      if (SECRET_COOKIE.equals(cookie.getName()) && colon > 0
          && cookie.getValue().substring(0, colon).equals(application.registrationNumber())) {
        String secret = cookie.getValue().substring(colon + 1);
        return applications.withReceipt(application.callNumber(), application.registrationNumber(), secret)
            .isPresent() ? secret : null;
      }
    }
    return null;
  }

  private static Map<String, Object> emptyForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(ApplicationCheck.BUDGET_LINES, List.of());
    form.put(ApplicationCheck.DECLARED_DOCUMENTS, List.of());
    return form;
  }

  /**
   * Messages by field of the form shown; a budget line's message goes with the budget table. What
   * concerns no field on the page (a closed call) is not a field to correct: it goes above the form.
   */
  private Map<String, List<String>> errorsByField(InvalidInputException rejected, List<String> formFields) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Violation violation : rejected.getViolations()) {
      String field = violation.field().replaceFirst("\\[.*$", "");
      if (formFields.contains(field)) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(messages.describe(violation));
      }
    }
    return errors;
  }

  /** The application form's fields, when it is shown: after the deadline only the closing is said. */
  private List<String> applicationFields(CompetitionCall call) {
    if (!accepting(call)) {
      return List.of();
    }
    List<String> fields = new ArrayList<>(ApplicationCheck.FIELDS);
    fields.addAll(RECEIPT_FIELDS);
    fields.add(Documents.FIELD);
    return fields;
  }

  private boolean accepting(CompetitionCall call) {
    return call.acceptsApplicationsAt(now());
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
    return clock.instant();
  }

  /**
   * The last minute applications are taken: a call closes when its last day ends, and "until
   * 22.12.2026 23:59" reads as that day, where "until 23.12.2026 00:00" read as the day after.
   */
  private String lastMinute(Instant closesAt) {
    return moment(closesAt.minusSeconds(60));
  }

  private String moment(Instant instant) {
    return format.moment(instant);
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

  /** The receipt typed back: both its parts, or none. */
  record Receipt(String registrationNumber, String secret) {

    static Receipt of(Map<String, String> params) {
      String number = params.getOrDefault(AppealFiling.REGISTRATION_NUMBER, "").strip();
      // as the receipt shows it or as typed (lower case, spaces): one form, safe in a hidden field and a cookie
      String secret = ReceiptSecret.normalised(params.getOrDefault(ApplicationRegister.SECRET, ""));
      return number.isEmpty() || secret.isEmpty() ? null : new Receipt(number, secret);
    }
  }

  /** A version of an application as its receipt lists it: when, and the names of the fields it changed. */
  public record ShownVersion(int version, String submittedAt, boolean paper, List<String> changedFields) {}

  /** An appeal as the public sees it: whose application, when, and what became of it. */
  public record PublicAppeal(String registrationNumber, String filedAt, String status, String decisionReason) {}
}
