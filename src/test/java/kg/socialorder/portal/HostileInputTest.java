package kg.socialorder.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kg.socialorder.competition.AppealFiling;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.competition.RankedApplication;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.problemselection.ProblemSelectionDriver;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import kg.socialorder.validation.ValidationMessages;
import kg.socialorder.validation.Violation;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Hostile input on every way in: the portal's application and appeal forms, its searches and the
 * open data's parameters, and Tasklist forms submitted through the webapps' API. Every case is
 * refused with 4xx and the bilingual message naming the field, shows no stack trace, and leaves no
 * trace: the project's so_ rows and the engine's variables, tasks and executions are as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends WebappTest {

  static final String M = "karakoltown";
  static final String TAX = "02203200610056";
  static final String APPELLANT_TAX = "02811200910187";
  static final String LONG_4001 = "ж".repeat(4001);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Stands for a message argument: the texts around it must appear as they are. */
  private static final String ARGUMENT = "\u0001";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  ApplicationRegister applications;
  @Autowired
  AppealFiling appealFiling;
  @Autowired
  ValidationMessages messages;
  @Autowired
  JdbcTemplate jdbc;

  private PortalClient browser;
  /** The visitor's form token: the value of their cookie, the same on every form of the portal. */
  private String token;
  private WebappClient coordinator;
  private String openCall;
  private String decidedCall;
  private Instant appealWindowOpen;
  private String atAnnouncement;
  private String atProblems;
  private String atChoice;
  private String completedTask;

  /** The situations the cases meet, made once: calls, a published result, selections at each step. */
  @BeforeEach
  void fixtures() {
    if (openCall != null) {
      return;
    }
    browser = new PortalClient(port);
    CompetitionDriver driver = new CompetitionDriver(engine, intake);
    ProcessInstance open = driver.start(M, 500_000);
    openCall = driver.announce(open, M, 450_000, TODAY.plusDays(30));
    token = browser.token("/portal/calls/" + openCall + "/apply");
    // an organisation has applied: the cases try to take its application over
    driver.submit(openCall, driver.application("«Аймира» КФ", "publicFund", TAX, 420_000, "Борбор"));

    ProcessInstance decided = driver.start(M, 500_000);
    decidedCall = driver.announce(decided, M, 450_000, TODAY.plusDays(20));
    driver.submit(decidedCall, driver.application("«Аймира» КФ", "publicFund", TAX, 420_000, "Борбор"));
    driver.submit(decidedCall, driver.application("«Улукман дарыгер» КБ", "publicAssociation", APPELLANT_TAX,
        400_000, "Ден соолук"));
    driver.closeCall(decided);
    Map<String, Integer> scores = Map.of(decidedCall + "-001", 9, decidedCall + "-002", 6);
    driver.score(decided, List.of(scores, scores, scores), List.of(Set.of(), Set.of(), Set.of()));
    List<RankedApplication> ranking = JsonVariables.records(
        engine.getRuntimeService().getVariableTyped(decided.getId(), "ranking"), RankedApplication.class);
    driver.complete(decided, driver.protocol(String.valueOf(ranking.get(0).applicationId()), null));
    driver.runJobs(decided);
    appealWindowOpen = clock.instant();
    appealFiling.file(decidedCall, decidedCall + "-002", APPELLANT_TAX, "Иш планыбыз туура бааланган жок");
    clock.moveTo(TODAY.atTime(10, 0).atZone(BISHKEK).toInstant());

    coordinator = loggedIn("karakol.coordinator");
    ProblemSelectionDriver selection = new ProblemSelectionDriver(engine);
    atAnnouncement = startSelection();
    atProblems = startSelection();
    complete(atProblems, selection.announcement(day(TODAY), day(TODAY.plusDays(7))));
    atChoice = startSelection();
    complete(atChoice, selection.announcement(day(TODAY), day(TODAY.plusDays(7))));
    complete(atChoice, selection.problems("Балдар бакчасы жок", "Суу түтүгү эскирген"));
    String announced = startSelection();
    completedTask = taskId(announced);
    complete(announced, selection.announcement(day(TODAY), day(TODAY.plusDays(7))));
  }

  Stream<Case> cases() {
    return Stream.of(
        // the application form on the portal
        apply("organisation name over 300 characters", f -> f.put("organisationName", "А".repeat(301)),
            "organisationName", "tooLong"),
        apply("summary over 4000 characters", f -> f.put("summary", LONG_4001), "summary", "tooLong"),
        apply("work plan of 100 000 characters", f -> f.put("workPlan", "ы".repeat(100_000)), "workPlan", "tooLong"),
        apply("NUL in the work plan", f -> f.put("workPlan", "1-ай\u0000оңдоо"), "workPlan", "controlCharacters"),
        apply("bell character in the contact person", f -> f.put("contactPerson", "Аймира\u0007"), "contactPerson",
            "controlCharacters"),
        apply("right-to-left override in the title", f -> f.put("projectTitle", "Борбор\u202Etxt.exe"), "projectTitle",
            "controlCharacters"),
        apply("escape sequence in the organisation name", f -> f.put("organisationName", "\u001B[31mКФ"),
            "organisationName", "controlCharacters"),
        apply("organisation name of blanks only", f -> f.put("organisationName", "   \t "), "organisationName",
            "required"),
        apply("script as legal form", f -> f.put("legalForm", "<script>alert(1)</script>"), "legalForm", "choice"),
        apply("unknown legal form", f -> f.put("legalForm", "corporation"), "legalForm", "choice"),
        apply("letters in the tax number", f -> f.put("taxNumber", "0220320061005X"), "taxNumber", "taxNumberFormat"),
        apply("SQL in the tax number", f -> f.put("taxNumber", "' OR '1'='1"), "taxNumber", "taxNumberFormat"),
        apply("30 February as registration date", f -> f.put("registrationDate", "2012-02-30"), "registrationDate",
            "impossibleDate"),
        apply("13th month as registration date", f -> f.put("registrationDate", "2012-13-01"), "registrationDate",
            "impossibleDate"),
        apply("markup after the registration date", f -> f.put("registrationDate", "2012-04-17<b>"),
            "registrationDate", "date"),
        apply("registration date in the future", f -> f.put("registrationDate", "2031-01-01"), "registrationDate",
            "dateInFuture"),
        apply("words as requested amount", f -> f.put("requestedAmount", "төрт жүз миң"), "requestedAmount", "number"),
        apply("negative requested amount", f -> f.put("requestedAmount", "-420000"), "requestedAmount",
            "positiveAmount"),
        apply("zero requested amount", f -> f.put("requestedAmount", "0"), "requestedAmount", "positiveAmount"),
        apply("absurd requested amount", f -> f.put("requestedAmount", "1e15"), "requestedAmount", "amountTooLarge"),
        apply("requested amount beyond any number", f -> f.put("requestedAmount", "1e99999999999"), "requestedAmount",
            "number"),
        apply("NaN as requested amount", f -> f.put("requestedAmount", "NaN"), "requestedAmount", "number"),
        apply("Infinity as requested amount", f -> f.put("requestedAmount", "Infinity"), "requestedAmount", "number"),
        apply("thousandths of a som", f -> f.put("requestedAmount", "420000.001"), "requestedAmount",
            "amountPrecision"),
        apply("negative own contribution", f -> f.put("ownContribution", "-30000"), "ownContribution",
            "positiveAmount"),
        apply("negative budget line", f -> f.put("budgetAmount0", "-150000"), "budgetLines[1].amount",
            "positiveAmount"),
        apply("budget item over 300 characters", f -> f.put("budgetItem0", "Ж".repeat(301)), "budgetLines[1].item",
            "tooLong"),
        apply("e-mail without a domain", f -> f.put("email", "aimira@"), "email", "emailFormat"),
        apply("script as phone number", f -> f.put("phone", "<script>alert(1)</script>"), "phone", "phoneFormat"),
        apply("unknown document", f -> f.put("declaredDocuments", List.of("charter", "forgedLetter")),
            "declaredDocuments", "choice"),
        apply("declaration not confirmed", f -> f.remove("declarationConfirmed"), "declarationConfirmed",
            "declarationRequired"),
        // other scripts' digits, impossible dates, numbers written another way
        apply("Arabic-Indic digits as requested amount", f -> f.put("requestedAmount", "٤٢٠٠٠٠"), "requestedAmount",
            "otherDigits"),
        apply("Arabic-Indic 123", f -> f.put("requestedAmount", "١٢٣"), "requestedAmount", "otherDigits"),
        apply("Devanagari digits as own contribution", f -> f.put("ownContribution", "३००००"), "ownContribution",
            "otherDigits"),
        apply("full-width digits in a budget line", f -> f.put("budgetAmount0", "１５００００"), "budgetLines[1].amount",
            "otherDigits"),
        apply("Arabic-Indic digits in the tax number", f -> f.put("taxNumber", "٠٢٢٠٣٢٠٠٦١٠٠٩٩"), "taxNumber",
            "otherDigits"),
        apply("Persian digits in the phone", f -> f.put("phone", "+۹۹۶ ۷۷۲ ۰۰۰ ۱۱۱"), "phone", "otherDigits"),
        apply("Arabic-Indic digits in the registration date", f -> f.put("registrationDate", "١٧.٠٤.٢٠١٢"),
            "registrationDate", "otherDigits"),
        apply("31.02.2020 as registration date", f -> f.put("registrationDate", "31.02.2020"), "registrationDate",
            "impossibleDate"),
        apply("29 February of a common year", f -> f.put("registrationDate", "29.02.2021"), "registrationDate",
            "impossibleDate"),
        apply("month zero", f -> f.put("registrationDate", "2012-00-10"), "registrationDate", "impossibleDate"),
        apply("day 32", f -> f.put("registrationDate", "32.01.2012"), "registrationDate", "impossibleDate"),
        apply("slashes in the registration date", f -> f.put("registrationDate", "17/04/2012"), "registrationDate",
            "date"),
        apply("words as registration date", f -> f.put("registrationDate", "былтыр"), "registrationDate", "date"),
        apply("thousands grouped with a comma", f -> f.put("requestedAmount", "420,000"), "requestedAmount",
            "commaGrouping"),
        apply("hexadecimal requested amount", f -> f.put("requestedAmount", "0x66A78"), "requestedAmount", "number"),
        apply("22-digit requested amount", f -> f.put("requestedAmount", "9999999999999999999999"),
            "requestedAmount", "amountTooLarge"),
        apply("a trillion som with spaces", f -> f.put("requestedAmount", "1 000 000 000 000"), "requestedAmount",
            "amountTooLarge"),
        apply("negative tyiyn of own contribution", f -> f.put("ownContribution", "-0,01"), "ownContribution",
            "positiveAmount"),
        apply("thousandths in a budget line", f -> f.put("budgetAmount0", "1e-3"), "budgetLines[1].amount",
            "amountPrecision"),
        apply("budget lines that do not add up", f -> f.put("budgetAmount1", "299999"), "budgetLines",
            "budgetLinesTotal"),
        apply("budget amount without its item", f -> f.put("budgetItem0", ""), "budgetLines[1].item", "required"),
        // control, bidirectional and oversized text, markup where a format is expected
        apply("left-to-right isolate in the organisation name", f -> f.put("organisationName", "\u2066КФ\u2069"),
            "organisationName", "controlCharacters"),
        apply("right-to-left embedding in the summary", f -> f.put("summary", "Борбор \u202Bтекст"), "summary",
            "controlCharacters"),
        apply("DEL character in the contact person", f -> f.put("contactPerson", "Аймира\u007F"), "contactPerson",
            "controlCharacters"),
        apply("vertical tab in the e-mail", f -> f.put("email", "aimira\u000B@example.kg"), "email",
            "controlCharacters"),
        apply("markup as e-mail", f -> f.put("email", "<iframe src=javascript:alert(1)>"), "email", "emailFormat"),
        apply("tax number of 15 digits", f -> f.put("taxNumber", "022032006100999"), "taxNumber", "taxNumberFormat"),
        apply("contact person over 200 characters", f -> f.put("contactPerson", "А".repeat(201)), "contactPerson",
            "tooLong"),
        apply("title over 300 characters", f -> f.put("projectTitle", "Б".repeat(301)), "projectTitle", "tooLong"),
        apply("a megabyte of Cyrillic as title", f -> f.put("projectTitle", "ж".repeat(1024 * 1024)), "projectTitle",
            "tooLong"),
        apply("a megabyte of Cyrillic as work plan", f -> f.put("workPlan", "ы".repeat(1024 * 1024)), "workPlan",
            "tooLong"),
        // an organisation's application, taken over by whoever types its public tax number
        apply("another organisation's tax number without the receipt", f -> f.put("taxNumber", TAX), "taxNumber",
            "alreadyApplied"),
        apply("a change with a guessed secret", f -> {
          f.put("taxNumber", TAX);
          f.put("registrationNumber", openCall + "-001");
          f.put("secret", "AAAAA-BBBBB-CCCCC-DDDDD");
        }, "secret", "receiptMismatch"),
        apply("a change with the secret's hash instead", f -> {
          f.put("taxNumber", TAX);
          f.put("registrationNumber", openCall + "-001");
          f.put("secret", "0".repeat(64));
        }, "secret", "receiptMismatch"),
        change("change page without a secret", Map.of("secret", ""), "secret", "required"),
        change("change page without a registration number", Map.of("registrationNumber", ""), "registrationNumber",
            "required"),
        change("change page with a guessed secret", Map.of(), "secret", "receiptMismatch"),
        change("change page with another call's registration number", Map.of("registrationNumber", "DECIDED"),
            "secret", "receiptMismatch"),
        change("change page with SQL as registration number",
            Map.of("registrationNumber", "' OR '1'='1", "secret", "' OR '1'='1"), "secret", "receiptMismatch"),
        literal("application to an unknown call", () -> html(browser.post("/portal/calls/NOWHERE-2026-1-T1/apply",
            applicationForm(openCall))), "Табылган жок", "Не найдено"),

        // the appeal form
        appeal("unknown registration number", Map.of("registrationNumber", "NOWHERE-2026-1-T1-001"),
            "registrationNumber", "unknownRegistration"),
        appeal("another applicant's tax number", Map.of("taxNumber", TAX), "registrationNumber",
            "unknownRegistration"),
        appeal("grounds over 4000 characters", Map.of("grounds", LONG_4001), "grounds", "tooLong"),
        appeal("NUL in the grounds", Map.of("grounds", "Баалар\u0000туура эмес"), "grounds", "controlCharacters"),
        appeal("empty grounds", Map.of("grounds", ""), "grounds", "required"),
        appeal("registration number over 4000 characters", Map.of("registrationNumber", LONG_4001),
            "registrationNumber", "tooLong"),
        appeal("the same appeal a second time", Map.of(), "registrationNumber", "appealAlreadyFiled"),
        new Case("appeal while applications are still taken", () -> {
          Map<String, Object> form = appealForm(openCall);
          return html(browser.post("/portal/calls/" + openCall + "/appeal", form));
        }, "grounds", "appealClosed"),
        literal("appeal to an unknown call", () -> {
          clock.moveTo(appealWindowOpen);
          return html(browser.post("/portal/calls/NOWHERE-2026-1-T1/appeal", appealForm(decidedCall)));
        }, "Табылган жок", "Не найдено"),

        // the portal's searches and the open data's parameters
        search("year in words", "/portal/orders?year=eki-ming", "year", "number"),
        search("year 99999", "/portal/orders?year=99999", "year", "range"),
        search("NUL after the year", "/portal/orders?year=2019%00", "year", "number"),
        search("unknown status", "/portal/orders?status=BOGUS", "status", "choice"),
        search("script as municipality", "/portal/orders?municipality=%3Cscript%3Ealert(1)%3C/script%3E",
            "municipality", "choice"),
        search("page in words", "/portal/orders?page=abc", "page", "number"),
        search("negative page", "/portal/orders?page=-1", "page", "range"),
        search("page beyond any list", "/portal/orders?page=99999999999", "page", "range"),
        search("half a page of reports", "/portal/reports?page=1.5", "page", "wholeNumber"),
        search("unknown municipality of reports", "/portal/reports?municipality=atlantis", "municipality", "choice"),
        openData("30 February as since", "/ocds/releases?since=2026-02-30", "since", "dateTime"),
        openData("script as since", "/ocds/records?since=%3Cscript%3E", "since", "dateTime"),
        openData("page zero of records", "/ocds/records?page=0", "page", "range"),
        openData("page beyond any list of releases", "/ocds/releases?page=2000000000", "page", "range"),

        // Tasklist forms through the webapps' API
        start("programme name over 4000 characters", "programmeName", string(LONG_4001), "programmeName", "tooLong"),
        start("programme name as an object", "programmeName", json(Map.of("ky", "Программа")), "programmeName",
            "text"),
        start("NUL in the programme name", "programmeName", string("Программа\u0000"), "programmeName",
            "controlCharacters"),
        start("words as budget", "budgetEnvelope", string("көп"), "budgetEnvelope", "number"),
        start("negative budget", "budgetEnvelope", value(-400_000), "budgetEnvelope", "positiveAmount"),
        start("absurd budget", "budgetEnvelope", value(1e15), "budgetEnvelope", "amountTooLarge"),
        start("year 20260", "year", value(20260), "year", "range"),
        start("two and a half themes", "themesPlanned", value(2.5), "themesPlanned", "wholeNumber"),
        task("30 February as announcement date", () -> atAnnouncement, announcement(), "announcementDate",
            string("2026-02-30"), "announcementDate", "impossibleDate"),
        task("impossible meeting date", () -> atAnnouncement, announcement(), "meetings",
            json(List.of(Map.of("date", "2026-13-45", "place", "Клуб"))), "meetings[1].date", "impossibleDate"),
        task("text instead of a list of meetings", () -> atAnnouncement, announcement(), "meetings",
            string("клубда"), "meetings", "list"),
        task("unknown information channel", () -> atAnnouncement, announcement(), "informationChannels",
            json(List.of("telepathy")), "informationChannels", "choice"),
        task("announcement text over 4000 characters", () -> atAnnouncement, announcement(), "announcementText",
            string(LONG_4001), "announcementText", "tooLong"),
        task("control character in a problem's title", () -> atProblems, problems(), "problems",
            json(List.of(Map.of("title", "Суу\u0008", "affectedGroup", "Тургундар", "source", "survey"))),
            "problems[1].title", "controlCharacters"),
        task("the same problem twice", () -> atProblems, problems(), "problems", json(List.of(
            Map.of("title", "Суу түтүгү", "affectedGroup", "Тургундар", "source", "survey"),
            Map.of("title", "суу түтүгү", "affectedGroup", "Тургундар", "source", "survey"))),
            "problems[2].title", "duplicateTitle"),
        task("votes for an unknown problem", () -> atChoice, choice(), "votes", json(List.of(
            Map.of("problemId", "1", "votes", 10), Map.of("problemId", "2", "votes", 5),
            Map.of("problemId", "99", "votes", 7))), "votes[3].problemId", "unknownProblem"),
        task("negative participants", () -> atChoice, choice(), "participantsTotal", value(-5), "participantsTotal",
            "range"),
        task("words as participants", () -> atChoice, choice(), "participantsTotal", string("көп"),
            "participantsTotal", "number"),
        task("an object as participants", () -> atChoice, choice(), "participantsTotal", json(Map.of("n", 5)),
            "participantsTotal", "number"),
        start("year in full-width digits", "year", string("２０２６"), "year", "otherDigits"),
        start("budget as yes", "budgetEnvelope", value(true), "budgetEnvelope", "number"),
        start("budget as a list", "budgetEnvelope", json(List.of(400_000)), "budgetEnvelope", "number"),
        start("budget in Arabic-Indic digits", "budgetEnvelope", string("٤٠٠٠٠٠"), "budgetEnvelope", "otherDigits"),
        start("budget as NaN", "budgetEnvelope", string("NaN"), "budgetEnvelope", "number"),
        start("programme name as a number", "programmeName", value(42), "programmeName", "text"),
        start("right-to-left isolate in the programme name", "programmeName", string("Программа\u2067"),
            "programmeName", "controlCharacters"),
        start("negative themes", "themesPlanned", value(-1), "themesPlanned", "range"),
        task("31.02.2026 as announcement date", () -> atAnnouncement, announcement(), "announcementDate",
            string("31.02.2026"), "announcementDate", "impossibleDate"),
        task("a number as announcement date", () -> atAnnouncement, announcement(), "announcementDate",
            value(20260302), "announcementDate", "date"),
        task("yes as announcement date", () -> atAnnouncement, announcement(), "announcementDate", value(true),
            "announcementDate", "date"),
        task("an object instead of a list of meetings", () -> atAnnouncement, announcement(), "meetings",
            json(Map.of("date", "2026-03-09", "place", "Клуб")), "meetings", "list"),
        task("meeting place over 4000 characters", () -> atAnnouncement, announcement(), "meetings",
            json(List.of(Map.of("date", day(TODAY.plusDays(7)), "place", LONG_4001))), "meetings[1].place", "tooLong"),
        task("text instead of a list of channels", () -> atAnnouncement, announcement(), "informationChannels",
            string("noticeBoard"), "informationChannels", "choice"),
        task("a trillion participants", () -> atChoice, choice(), "participantsTotal", value(1_000_000_000_000L),
            "participantsTotal", "range"),
        task("participants in Arabic-Indic digits", () -> atChoice, choice(), "participantsTotal", string("٤٠٣"),
            "participantsTotal", "otherDigits"),
        task("negative votes", () -> atChoice, choice(), "votes", json(List.of(
            Map.of("problemId", "1", "votes", -10), Map.of("problemId", "2", "votes", 5))), "votes[1].votes", "range"),
        new Case("a form submitted a second time", () -> webapp(coordinator.postEngine(
            "task/" + completedTask + "/submit-form", Map.of("variables", announcement()))), null, null,
            "Бул тапшырманы сиз өзүңүз", "вы уже выполнили сами"),
        new Case("a form of a task that never existed", () -> webapp(coordinator.postEngine(
            "task/00000000-0000-0000-0000-000000000000/submit-form", Map.of("variables", announcement()))),
            null, null, "Мындай тапшырма жок", "Такой задачи нет"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedNamingTheFieldAndLeavesNoTrace(Case hostile) {
    Map<String, Long> before = traces();

    Reply reply = hostile.submission().get();

    assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
    assertThat(reply.text()).contains(hostile.expected(messages)).doesNotContain("Exception");
    assertThat(reply.body()).doesNotContain("\tat ", "at org.", "at kg.", "at java.", "Caused by", ".java:");
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void atLeastAHundredAndTenCases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(110);
  }

  @Test
  void markupIsStoredAsTextAndShownEscaped() {
    Map<String, Object> form = applicationForm(openCall);
    form.put("organisationName", "<b onmouseover=alert(1)>КФ</b>");
    form.put("projectTitle", "<script>alert('x')</script>");
    form.put("summary", "<img src=x onerror=alert(1)> & \"цитата\"");
    form.put("email", "\"><svg/onload=alert(1)>@example.kg");

    HttpResponse<String> submitted = browser.post("/portal/calls/" + openCall + "/apply", form);

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
    Application stored = applications.findByTaxNumber(openCall, "02203200610099").orElseThrow();
    assertThat(stored.organisationName()).isEqualTo("<b onmouseover=alert(1)>КФ</b>");
    assertThat(stored.projectTitle()).isEqualTo("<script>alert('x')</script>");
    String receipt = browser.get(submitted.headers().firstValue("Location").orElseThrow()
        .replaceFirst("^https?://[^/]+", "")).body();
    assertThat(receipt).doesNotContain("<script>alert", "<b onmouseover", "<svg")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b onmouseover=alert(1)&gt;");
  }

  // ---- the kinds of submission

  private Case apply(String name, Consumer<Map<String, Object>> change, String field, String code) {
    return new Case(name, () -> {
      Map<String, Object> form = applicationForm(openCall);
      change.accept(form);
      return html(browser.post("/portal/calls/" + openCall + "/apply", form));
    }, field, code);
  }

  private Case appeal(String name, Map<String, String> changes, String field, String code) {
    return new Case(name, () -> {
      clock.moveTo(appealWindowOpen);
      Map<String, Object> form = appealForm(decidedCall);
      form.putAll(changes);
      return html(browser.post("/portal/calls/" + decidedCall + "/appeal", form));
    }, field, code);
  }

  /** The change page's form: the receipt's registration number and secret, one of them spoilt. */
  private Case change(String name, Map<String, String> changes, String field, String code) {
    return new Case(name, () -> {
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("_csrf", token);
      form.put("registrationNumber", openCall + "-001");
      form.put("secret", "AAAAA-BBBBB-CCCCC-DDDDD");
      changes.forEach((key, value) -> form.put(key, "DECIDED".equals(value) ? decidedCall + "-001" : value));
      return html(browser.post("/portal/calls/" + openCall + "/change", form));
    }, field, code);
  }

  private Case search(String name, String path, String field, String code) {
    return new Case(name, () -> html(browser.get(path)), field, code);
  }

  private Case openData(String name, String path, String field, String code) {
    return new Case(name, () -> {
      HttpResponse<String> response = browser.get(path);
      return new Reply(response.statusCode(), readJson(response.body()).path("message").asText(), response.body());
    }, field, code);
  }

  private Case start(String name, String variable, Map<String, Object> hostile, String field, String code) {
    return new Case(name, () -> {
      Map<String, Object> variables = new LinkedHashMap<>(startForm());
      variables.put(variable, hostile);
      return webapp(coordinator.postEngine("process-definition/key/problem-selection/submit-form",
          Map.of("variables", variables)));
    }, field, code);
  }

  private Case task(String name, Supplier<String> instance, Map<String, Object> valid, String variable,
      Map<String, Object> hostile, String field, String code) {
    return new Case(name, () -> {
      Map<String, Object> variables = new LinkedHashMap<>(valid);
      variables.put(variable, hostile);
      return webapp(coordinator.postEngine("task/" + taskId(instance.get()) + "/submit-form",
          Map.of("variables", variables)));
    }, field, code);
  }

  private static Case literal(String name, Supplier<Reply> submission, String kyrgyz, String russian) {
    return new Case(name, submission, null, null, kyrgyz, russian);
  }

  // ---- valid forms, each case spoils one field

  private Map<String, Object> applicationForm(String call) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_csrf", token);
    fields.put("organisationName", "«Аймира» КФ");
    fields.put("legalForm", "publicFund");
    fields.put("taxNumber", "02203200610099");
    fields.put("registrationDate", "2012-04-17");
    fields.put("contactPerson", "Аймира Жумабаева");
    fields.put("phone", "+996 772 000 111");
    fields.put("email", "aimira@example.kg");
    fields.put("projectTitle", "Борбор");
    fields.put("summary", "Мүмкүнчүлүгү чектелген балдар үчүн борбор");
    fields.put("workPlan", "1-ай: оңдоо\n2-12-ай: сабактар");
    fields.put("requestedAmount", "420000");
    fields.put("ownContribution", "30000");
    fields.put("budgetItem0", "Оңдоо / Ремонт");
    fields.put("budgetAmount0", "150000");
    fields.put("budgetItem1", "Юрист жана психолог / Юрист и психолог");
    fields.put("budgetAmount1", "300000");
    fields.put("declaredDocuments", List.of("charter", "registrationCertificate", "taxClearance"));
    fields.put("declarationConfirmed", "true");
    return fields;
  }

  private Map<String, Object> appealForm(String call) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("_csrf", token);
    form.put("registrationNumber", call + "-002");
    form.put("taxNumber", APPELLANT_TAX);
    form.put("grounds", "Иш планыбыз туура бааланган жок");
    return form;
  }

  private static Map<String, Object> startForm() {
    return Map.of("programmeName", string("Социалдык тапшырык 2026"), "year", value(2026),
        "budgetEnvelope", value(400_000), "themesPlanned", value(2));
  }

  private Map<String, Object> announcement() {
    return Map.of("announcementDate", string(day(TODAY)),
        "meetings", json(List.of(Map.of("date", day(TODAY.plusDays(7)), "place", "Маданият үйү"))),
        "informationChannels", json(List.of("noticeBoard")));
  }

  private static Map<String, Object> problems() {
    return Map.of("problems", json(List.of(Map.of("title", "Суу", "affectedGroup", "Тургундар", "source", "survey"))));
  }

  private static Map<String, Object> choice() {
    return Map.of("votingMethod", string("openVote"), "participantsTotal", value(403),
        "votes", json(List.of(Map.of("problemId", "1", "votes", 10), Map.of("problemId", "2", "votes", 5))));
  }

  // ---- helpers

  private String startSelection() {
    WebappClient.Response started = coordinator.postEngine("process-definition/key/problem-selection/submit-form",
        Map.of("variables", startForm()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private String taskId(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private void complete(String instance, Map<String, Object> variables) {
    engine.getTaskService().complete(taskId(instance), variables);
  }

  /** What could have been left behind: rows of the project's tables and the engine's state. */
  private Map<String, Long> traces() {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<String> tables = new ArrayList<>(jdbc.queryForList(
        "select table_name from information_schema.tables where lower(table_name) like 'so\\_%' "
            + "and lower(table_name) <> 'so_schema_history'", String.class));
    tables.addAll(List.of("ACT_RU_VARIABLE", "ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_HI_VARINST", "ACT_HI_PROCINST"));
    for (String table : tables) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private static Reply html(HttpResponse<String> response) {
    return new Reply(response.statusCode(), HtmlUtils.htmlUnescape(response.body()), response.body());
  }

  private static Reply webapp(WebappClient.Response response) {
    return new Reply(response.status(), response.json() == null ? response.text()
        : response.json().path("message").asText(), response.text());
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(text, e);
    }
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  /** As Tasklist sends a list or record of a Camunda Form. */
  private static Map<String, Object> json(Object value) {
    return Map.of("type", "Json", "value", JSON.valueToTree(value).toString());
  }

  /** A reply: what its reader sees (the HTML page unescaped, or a JSON answer's message) and the body. */
  record Reply(int status, String text, String body) {}

  /**
   * One hostile submission and the field and rule its refusal must name (or, for an unknown call,
   * the texts of the not-found page).
   */
  record Case(String name, Supplier<Reply> submission, String field, String code, String... texts) {

    /** The message's fixed parts in Kyrgyz and Russian: every text around the rule's arguments. */
    String[] expected(ValidationMessages messages) {
      if (field == null) {
        return texts;
      }
      String described = messages.describe(new Violation(field, code, ARGUMENT, ARGUMENT, ARGUMENT));
      return Arrays.stream(described.split(ARGUMENT)).filter(part -> !part.isBlank()).toArray(String[]::new);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
