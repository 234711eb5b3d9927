package kg.socialorder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.PublicFormat;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.ApplicationVersion;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.competition.RankedApplication;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.support.Together;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/** The portal as an NGO uses it in a browser: real HTTP, no login. */
abstract class PortalScenarios extends WebappTest {

  static final String M = "karakoltown";
  static final LocalDate DEADLINE = TODAY.plusDays(30);
  static final String TAX = "02203200610056";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  ApplicationRegister applications;
  @Autowired
  JdbcTemplate jdbc;

  CompetitionDriver driver;
  PortalClient browser;

  @BeforeEach
  void setUp() {
    driver = new CompetitionDriver(engine, intake);
    browser = new PortalClient(port);
  }

  @Test
  void anNgoAppliesWithoutLoggingInAndGetsAReceipt() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);

    HttpResponse<String> list = browser.get("/portal");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(call, "450\u00a0000\u00a0сом", PublicFormat.day(DEADLINE));
    HttpResponse<String> terms = browser.get("/portal/calls/" + call);
    assertThat(terms.body()).contains("Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор ачуу", "30 %",
        "/portal/calls/" + call + "/apply");
    // the last day itself, to its last minute, as on the list of calls; not "until the next day 00:00"
    assertThat(terms.body()).contains(PublicFormat.day(DEADLINE) + " 23:59")
        .doesNotContain(PublicFormat.day(DEADLINE.plusDays(1)) + " 00:00");

    HttpResponse<String> submitted = browser.post("/portal/calls/" + call + "/apply", form(call, "Балдар бөтөн болбойт"));

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
    String receiptPath = submitted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    HttpResponse<String> receipt = browser.get(receiptPath);
    assertThat(receipt.body()).contains(call + "-001", "«Аймира» КФ", "Заявка зарегистрирована",
        "Этот код показан один раз", "отправлена и на электронный адрес, указанный в заявке");
    assertThat(secretOn(receipt)).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){3}");
    assertThat(applications.ofCall(call)).singleElement()
        .satisfies(a -> assertThat(a.channel()).isEqualTo("portal"));
    // nothing of it went into the process instance
    assertThat(engine.getRuntimeService().getVariables(competition.getId())).doesNotContainKeys("organisationName");
  }

  @Test
  void aScriptInATitleIsShownAsTextEverywhere() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    String title = "<script>alert('x')</script> Борбор";

    HttpResponse<String> submitted = browser.post("/portal/calls/" + call + "/apply", form(call, title));
    HttpResponse<String> receipt = browser.get(submitted.headers().firstValue("Location").orElseThrow()
        .replaceFirst("^https?://[^/]+", ""));

    assertThat(receipt.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    // and on the form shown again after an error, and on the results
    Map<String, Object> wrong = form(call, title);
    wrong.put("email", "no");
    HttpResponse<String> again = browser.post("/portal/calls/" + call + "/apply", wrong);
    assertThat(again.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    driver.closeCall(competition);
    assertThat(browser.get("/portal/calls/" + call + "/results").body()).doesNotContain("<script>alert");
  }

  @Test
  void wrongFieldsAreNamedNextToThemInBothLanguagesAndTheInputIsKept() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    Map<String, Object> wrong = form(call, "Борбор");
    wrong.put("taxNumber", "12");
    wrong.remove("declarationConfirmed");
    wrong.put("budgetAmount1", "299999");

    HttpResponse<String> response = browser.post("/portal/calls/" + call + "/apply", wrong);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("«ИСН» талаасы: ИСН 14 сандан турушу керек / Поле «ИНН»: ИНН должен состоять из 14 цифр")
        .contains("Подтверждение достоверности сведений")
        // amounts in a message as people write them, not 449999
        .contains("сумма статей (449\u00a0999 сом) должна равняться запрашиваемой сумме вместе с собственным "
            + "вкладом (450\u00a0000 сом)")
        .contains("value=\"«Аймира» КФ\"", "value=\"12\"");
    assertThat(applications.ofCall(call)).isEmpty();
  }

  @Test
  void aLateSubmissionIsToldTheCallIsClosedNotToCorrectAField() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    Map<String, Object> fields = form(call, "Борбор");
    clock.moveTo(DEADLINE.plusDays(1).atTime(0, 5).atZone(BISHKEK).toInstant());

    HttpResponse<String> response = browser.post("/portal/calls/" + call + "/apply", fields);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("кабыл алуу <strong>" + PublicFormat.day(DEADLINE) + " 23:59</strong> (Бишкек убактысы) бүткөн",
            "Приём заявок на этот конкурс закончился <strong>" + PublicFormat.day(DEADLINE) + " 23:59</strong>")
        // nothing marked as a field to correct, the deadline least of all
        .doesNotContain("исправьте отмеченные поля", "class=\"error\"", "Последний день приёма заявок", "<form");
    assertThat(applications.ofCall(call)).isEmpty();
    assertThat(browser.get("/portal/calls/" + call + "/apply").body()).contains("Приём заявок на этот конкурс закончился");
    assertThat(browser.get("/portal/calls/" + call + "/change").body()).contains("подать или изменить заявку уже нельзя")
        .doesNotContain("<form");
  }

  @Test
  void someoneTypingThePublicTaxNumberCannotTakeTheApplicationOver() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    browser.post("/portal/calls/" + call + "/apply", form(call, "Биринчи"));

    PortalClient stranger = new PortalClient(port);
    Map<String, Object> takeover = form(stranger, call, "Башка долбоор");
    takeover.put("organisationName", "Башка КФ");
    takeover.put("email", "other@example.kg");
    HttpResponse<String> refused = stranger.post("/portal/calls/" + call + "/apply", takeover);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(HtmlUtils.htmlUnescape(refused.body())).contains(
        "«ИСН» талаасы: бул уюм бул сынакка табыштама берген (№ " + call + "-001)",
        "Поле «ИНН»: эта организация уже подала заявку на этот конкурс (№ " + call + "-001). Чтобы изменить её, "
            + "откройте «Изменить заявку» и введите регистрационный номер и секретный код из расписки");
    Application kept = applications.ofCall(call).get(0);
    assertThat(applications.ofCall(call)).hasSize(1);
    assertThat(kept.projectTitle()).isEqualTo("Биринчи");
    assertThat(kept.email()).isEqualTo("aimira@example.kg");
    assertThat(applications.versions(kept.id())).hasSize(1);
    // the public receipt page shows nothing private, and no secret
    String publicReceipt = stranger.get("/portal/receipts/" + call + "-001").body();
    assertThat(publicReceipt).contains("Биринчи").doesNotContain("aimira@example.kg", "+996 772 000 111",
        "Этот код показан один раз");
  }

  @Test
  void whoeverHoldsTheReceiptChangesTheApplicationAsANewVersion() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    HttpResponse<String> first = browser.post("/portal/calls/" + call + "/apply", form(call, "Биринчи"));
    String secret = secretOn(browser.get(path(first)));
    // the secret is shown once: the receipt opened again does not show it
    assertThat(browser.get(path(first)).body()).doesNotContain(secret);
    String changePath = "/portal/calls/" + call + "/change";
    assertThat(browser.get("/portal/calls/" + call).body()).contains(changePath);

    PortalClient owner = new PortalClient(port);
    Map<String, Object> wrong = receipt(owner, call, call + "-001", "AAAAA-BBBBB-CCCCC-DDDDD");
    HttpResponse<String> refused = owner.post(changePath, wrong);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("Поле «Секретный код»: регистрационный номер и "
        + "секретный код не подходят ни к одной заявке этого конкурса");

    // typed as people copy it: lower case, without dashes
    HttpResponse<String> opened = owner.post(changePath,
        receipt(owner, call, call + "-001", secret.replace("-", " ").toLowerCase(java.util.Locale.ROOT)));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    assertThat(opened.body()).contains("Изменение заявки", "value=\"Биринчи\"", "value=\"420\u00a0000\"",
        "name=\"secret\"");

    Map<String, Object> changed = form(owner, call, "Экинчи");
    changed.put("registrationNumber", call + "-001");
    changed.put("secret", secret.replace("-", " ").toLowerCase(java.util.Locale.ROOT));
    changed.put("requestedAmount", "419 999,5");
    changed.put("ownContribution", "30000,5");
    HttpResponse<String> accepted = owner.post("/portal/calls/" + call + "/apply", changed);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
    HttpResponse<String> receipt = owner.get(path(accepted));
    // the receipt shows every value as read and stored, the amount with its decimal comma read
    assertThat(receipt.body()).contains("новая версия заявки", "Экинчи", "419\u00a0999,50\u00a0сом",
        "30\u00a0000,50\u00a0сом", "150\u00a0000\u00a0сом", "17.04.2012", "aimira@example.kg",
        "Название проекта", "Запрашиваемая сумма").doesNotContain(secret);
    Application stored = applications.ofCall(call).get(0);
    assertThat(stored.projectTitle()).isEqualTo("Экинчи");
    assertThat(stored.requestedAmount()).isEqualByComparingTo("419999.50");
    assertThat(applications.versions(stored.id())).extracting(ApplicationVersion::version).containsExactly(1, 2);
    assertThat(applications.versions(stored.id()).get(1).changedFields())
        .containsExactly("projectTitle", "requestedAmount", "ownContribution");
    // the first version is kept as it was
    assertThat(jdbc.queryForObject("select project_title from so_competition_application_version "
        + "where application_id = ? and version = 1", String.class, stored.id())).isEqualTo("Биринчи");

    // another organisation's tax number cannot be slipped into the change
    Map<String, Object> otherTax = form(owner, call, "Үчүнчү");
    otherTax.put("registrationNumber", call + "-001");
    otherTax.put("secret", secret);
    otherTax.put("taxNumber", "02811200910187");
    HttpResponse<String> taxRefused = owner.post("/portal/calls/" + call + "/apply", otherTax);
    assertThat(taxRefused.statusCode()).isEqualTo(422);
    assertThat(HtmlUtils.htmlUnescape(taxRefused.body())).contains("Поле «ИНН»: ИНН заявки изменить нельзя");
    assertThat(applications.versions(stored.id())).hasSize(2);
  }

  @Test
  void theCommissionScoresTheLastVersionSubmittedBeforeTheDeadline() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    String secret = applyTitled(call, "Биринчи");
    clock.moveTo(DEADLINE.atTime(23, 58).atZone(BISHKEK).toInstant());
    assertThat(browser.post("/portal/calls/" + call + "/apply", change(call, secret, "Акыркы")).statusCode())
        .isEqualTo(302);
    Map<String, Object> tooLate = change(call, secret, "Кечиккен");
    clock.moveTo(DEADLINE.plusDays(1).atTime(0, 0, 1).atZone(BISHKEK).toInstant());
    HttpResponse<String> late = browser.post("/portal/calls/" + call + "/apply", tooLate);
    assertThat(late.statusCode()).isEqualTo(422);

    driver.closeCall(competition);

    assertThat(((String) engine.getRuntimeService().getVariableTyped(competition.getId(), "applications").getValue()
        .toString())).contains("Акыркы").doesNotContain("Кечиккен", "Биринчи");
    assertThat(applications.ofCall(call).get(0).projectTitle()).isEqualTo("Акыркы");
    assertThat(applications.versions(applications.ofCall(call).get(0).id())).hasSize(2);
  }

  @Test
  void twoPeopleSubmittingOneTaxNumberAtOnceGetOneApplicationAndOneRefusal() throws Exception {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    List<Callable<HttpResponse<String>>> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      PortalClient someone = new PortalClient(port);
      Map<String, Object> fields = form(someone, call, "Долбоор " + i);
      people.add(() -> someone.post("/portal/calls/" + call + "/apply", fields));
    }

    List<HttpResponse<String>> answers = Together.atOnce(people);

    assertThat(answers).filteredOn(a -> a.statusCode() == 302).hasSize(1);
    assertThat(answers).filteredOn(a -> a.statusCode() == 422).hasSize(3)
        .allSatisfy(a -> assertThat(HtmlUtils.htmlUnescape(a.body()))
            .contains("Поле «ИНН»: эта организация уже подала заявку на этот конкурс (№ " + call + "-001)"));
    assertThat(applications.ofCall(call)).hasSize(1);
    assertThat(applications.versions(applications.ofCall(call).get(0).id())).hasSize(1);
  }

  @Test
  void aChangeRacingTheDeadlineIsEitherScoredOrRefusedNeverLost() throws Exception {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    String secret = applyTitled(call, "Биринчи");
    // a second before the deadline, the change and the closing start at once
    clock.moveTo(DEADLINE.plusDays(1).atStartOfDay(BISHKEK).minusSeconds(1).toInstant());
    Map<String, Object> changed = change(call, secret, "Соңку мүнөт");
    String timer = engine.getManagementService().createJobQuery().processInstanceId(competition.getId())
        .timers().activityId("ApplicationDeadlineReached").singleResult().getId();

    List<Object> outcome = Together.atOnce(List.<Callable<Object>>of(
        () -> browser.post("/portal/calls/" + call + "/apply", changed),
        () -> {
          engine.getManagementService().executeJob(timer);
          return "closed";
        }));

    @SuppressWarnings("unchecked")
    HttpResponse<String> change = (HttpResponse<String>) outcome.get(0);
    String scored = String.valueOf(engine.getRuntimeService().getVariableTyped(competition.getId(), "applications")
        .getValue());
    Application stored = applications.ofCall(call).get(0);
    if (change.statusCode() == 302) {
      // the change took the call's lock first: the closing waited for it and read it
      assertThat(scored).contains("Соңку мүнөт");
      assertThat(stored.projectTitle()).isEqualTo("Соңку мүнөт");
      assertThat(applications.versions(stored.id())).hasSize(2);
    } else {
      // the closing came first: the change is refused as late, the first version is scored
      assertThat(change.statusCode()).as(change.body()).isEqualTo(422);
      assertThat(change.body()).contains("Приём заявок на этот конкурс закончился");
      assertThat(scored).contains("Биринчи");
      assertThat(stored.projectTitle()).isEqualTo("Биринчи");
      assertThat(applications.versions(stored.id())).hasSize(1);
    }
  }

  @Test
  void onceTheDeadlinesClosingHasRunNoVersionIsTakenWhateverTheClockSays() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    String secret = applyTitled(call, "Биринчи");
    Map<String, Object> changed = change(call, secret, "Кечиккен");
    // the closing job runs (a node's clock a little ahead), while this node's clock is still before the deadline
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(competition.getId()).timers().activityId("ApplicationDeadlineReached").singleResult().getId());

    HttpResponse<String> refused = browser.post("/portal/calls/" + call + "/apply", changed);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Приём заявок на этот конкурс закончился").doesNotContain("<form");
    assertThat(applications.ofCall(call).get(0).projectTitle()).isEqualTo("Биринчи");
    assertThat(applications.versions(applications.ofCall(call).get(0).id())).hasSize(1);
  }

  @Test
  void aTitleOfAMegabyteIsRefusedAsTooLongNamingTheField() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);

    HttpResponse<String> response = browser.post("/portal/calls/" + call + "/apply",
        form(call, "ж".repeat(1024 * 1024)));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(HtmlUtils.htmlUnescape(response.body()))
        .contains("Поле «Название проекта»: слишком длинный текст: не более 300 знаков")
        .contains("value=\"«Аймира» КФ\"");
    assertThat(applications.ofCall(call)).isEmpty();
  }

  @Test
  void aBodyBeyondTheLimitIsRefusedNamingTheLimit() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);

    HttpResponse<String> response = browser.post("/portal/calls/" + call + "/apply",
        form(call, "ж".repeat(6 * 1024 * 1024)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(HtmlUtils.htmlUnescape(response.body())).contains("сайт принимает не более 32 МБ",
        "сайт 32 МБ ашык кабыл албайт");
    assertThat(applications.ofCall(call)).isEmpty();
  }

  @Test
  void aFormFromAnotherSiteOrWithoutItsTokenIsRefused() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    Map<String, Object> fields = form(call, "Борбор");

    assertThat(browser.post("/portal/calls/" + call + "/apply", fields, "https://evil.example").statusCode())
        .isEqualTo(403);
    Map<String, Object> forged = new LinkedHashMap<>(fields);
    forged.put("_csrf", "A".repeat(43));
    assertThat(browser.post("/portal/calls/" + call + "/apply", forged).statusCode()).isEqualTo(403);
    assertThat(new PortalClient(port).post("/portal/calls/" + call + "/apply", fields).statusCode()).isEqualTo(403);
    assertThat(applications.ofCall(call)).isEmpty();
  }

  @Test
  void theResultsAndTheAppealAreOnThePublicPages() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    browser.post("/portal/calls/" + call + "/apply", form(call, "Балдар бөтөн болбойт"));
    Map<String, Object> ulukman = driver.application("«Улукман дарыгер» КБ", "publicAssociation", "02811200910187",
        400_000, "Ден соолук");
    driver.submit(call, ulukman);
    assertThat(browser.get("/portal/calls/" + call + "/results").body()).contains("Итоги ещё не опубликованы");

    driver.closeCall(competition);
    driver.score(competition, List.of(Map.of(call + "-001", 9, call + "-002", 6), Map.of(call + "-001", 9, call + "-002", 6),
        Map.of(call + "-001", 9, call + "-002", 6)), List.of(Set.of(), Set.of(), Set.of()));
    List<RankedApplication> ranking = JsonVariables.records(
        engine.getRuntimeService().getVariableTyped(competition.getId(), "ranking"), RankedApplication.class);
    driver.complete(competition, driver.protocol(String.valueOf(ranking.get(0).applicationId()), null));
    driver.runJobs(competition);

    HttpResponse<String> results = browser.get("/portal/calls/" + call + "/results");
    // each score as people write it, as the public report has it: 9, not 9.00
    assertThat(results.body()).contains("Победитель конкурса", "«Аймира» КФ", "Балл (0–10)\">9</td>",
        "Балл (0–10)\">6</td>", "Подать жалобу").doesNotContain("9.00");

    String appealPath = "/portal/calls/" + call + "/appeal";
    Map<String, Object> appeal = new LinkedHashMap<>();
    appeal.put("_csrf", browser.token(appealPath));
    appeal.put("registrationNumber", call + "-002");
    appeal.put("taxNumber", "02811200910187");
    appeal.put("grounds", "Иш планыбыз туура бааланган жок");
    HttpResponse<String> filed = browser.post(appealPath, appeal);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
    assertThat(competition).isWaitingAt("ReviewAppeals");

    driver.complete(competition, driver.appealDecision(driver.task(competition), "reject", "Баалар негиздүү"));
    driver.fireTimer(competition, "AppealWindowClosed");
    assertThat(browser.get("/portal/calls/" + call + "/results").body()).contains("Победитель определён", "«Аймира» КФ",
        // the appeal and its decision are public, as the appeal-filed page promises
        "Жалобы", call + "-002", "Четке кагылды / Отклонена", "Баалар негиздүү");
    assertThat(browser.get(appealPath).body()).contains("Сейчас жалобы не принимаются");
  }

  @Test
  void anUnknownCallIsAPlainNotFoundPage() {
    HttpResponse<String> response = browser.get("/portal/calls/NOWHERE-2026-1-T1");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Не найдено").doesNotContain("Exception");
  }

  private Map<String, Object> form(String call, String title) {
    return form(browser, call, title);
  }

  /** The form of a change, as the change page carries the receipt on. */
  private Map<String, Object> change(String call, String secret, String title) {
    Map<String, Object> fields = form(call, title);
    fields.put("registrationNumber", call + "-001");
    fields.put("secret", secret);
    return fields;
  }

  private static Map<String, Object> receipt(PortalClient visitor, String call, String number, String secret) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_csrf", visitor.token("/portal/calls/" + call + "/change"));
    fields.put("registrationNumber", number);
    fields.put("secret", secret);
    return fields;
  }

  /** Applies through the form and returns the secret its receipt shows. */
  private String applyTitled(String call, String title) {
    return secretOn(browser.get(path(browser.post("/portal/calls/" + call + "/apply", form(call, title)))));
  }

  /** The secret the receipt shows, once. */
  static String secretOn(HttpResponse<String> receipt) {
    Matcher secret = Pattern.compile("class=\"secret-code\">([^<]+)<").matcher(receipt.body());
    assertThat(secret.find()).as("a secret on the receipt").isTrue();
    return secret.group(1);
  }

  private static String path(HttpResponse<String> redirect) {
    return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
  }

  /** The application form as a browser fills it, with this visitor's form token. */
  private static Map<String, Object> form(PortalClient visitor, String call, String title) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_csrf", visitor.token("/portal/calls/" + call + "/apply"));
    fields.put("organisationName", "«Аймира» КФ");
    fields.put("legalForm", "publicFund");
    fields.put("taxNumber", TAX);
    fields.put("registrationDate", "2012-04-17");
    fields.put("contactPerson", "Аймира Жумабаева");
    fields.put("phone", "+996 772 000 111");
    fields.put("email", "aimira@example.kg");
    fields.put("projectTitle", title);
    fields.put("summary", "Мүмкүнчүлүгү чектелген 128 бала үчүн борбор");
    fields.put("workPlan", "1-ай: оңдоо\n2-12-ай: сабактар");
    fields.put("requestedAmount", "420000");
    fields.put("ownContribution", "30000");
    fields.put("budgetItem0", "Оңдоо / Ремонт");
    fields.put("budgetAmount0", "150000");
    fields.put("budgetItem1", "Юрист жана психолог / Юрист и психолог");
    fields.put("budgetAmount1", "300000");
    fields.put("declaredDocuments", List.of("charter", "registrationCertificate", "taxClearance",
        "socialFundClearance", "activityReport"));
    fields.put("declarationConfirmed", "true");
    return fields;
  }
}
