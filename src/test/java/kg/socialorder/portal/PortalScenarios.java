package kg.socialorder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.competition.RankedApplication;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal as an NGO uses it in a browser: real HTTP, no login. */
abstract class PortalScenarios extends WebappTest {

  static final String M = "karakoltown";
  static final LocalDate DEADLINE = TODAY.plusDays(30);
  static final String TAX = "02203200610056";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  ApplicationRegister applications;

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
    assertThat(list.body()).contains(call, "450 000.00 сом");
    HttpResponse<String> terms = browser.get("/portal/calls/" + call);
    assertThat(terms.body()).contains("Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор ачуу", "30 %",
        "/portal/calls/" + call + "/apply");
    // the last day itself, to its last minute, as on the list of calls; not "until the next day 00:00"
    assertThat(terms.body()).contains(DEADLINE + " 23:59").doesNotContain(DEADLINE.plusDays(1) + " 00:00");

    HttpResponse<String> submitted = browser.post("/portal/calls/" + call + "/apply", form(call, "Балдар бөтөн болбойт"));

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
    String receiptPath = submitted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    HttpResponse<String> receipt = browser.get(receiptPath);
    assertThat(receipt.body()).contains(call + "-001", "«Аймира» КФ", "Заявка зарегистрирована");
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

    HttpResponse<String> response = browser.post("/portal/calls/" + call + "/apply", wrong);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("«ИСН» талаасы: ИСН 14 сандан турушу керек / Поле «ИНН»: ИНН должен состоять из 14 цифр")
        .contains("Подтверждение достоверности сведений")
        .contains("value=\"«Аймира» КФ\"", "value=\"12\"");
    assertThat(applications.ofCall(call)).isEmpty();
  }

  @Test
  void aLateSubmissionIsRefusedWithAClearMessage() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    Map<String, Object> fields = form(call, "Борбор");
    ClockUtil.setCurrentTime(Date.from(DEADLINE.plusDays(1).atTime(0, 5).atZone(BISHKEK).toInstant()));

    HttpResponse<String> response = browser.post("/portal/calls/" + call + "/apply", fields);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("кабыл алуу " + DEADLINE + " күнү бүткөн", "приём заявок закончился " + DEADLINE);
    assertThat(applications.ofCall(call)).isEmpty();
    assertThat(browser.get("/portal/calls/" + call + "/apply").body()).contains("Приём заявок закончился");
  }

  @Test
  void aSecondSubmissionReplacesTheFirst() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, DEADLINE);
    browser.post("/portal/calls/" + call + "/apply", form(call, "Биринчи"));

    HttpResponse<String> second = browser.post("/portal/calls/" + call + "/apply", form(call, "Экинчи"));

    assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith(call + "-001?replaced=true");
    assertThat(applications.ofCall(call)).singleElement()
        .satisfies(a -> assertThat(a.projectTitle()).isEqualTo("Экинчи"));
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
    assertThat(results.body()).contains("Победитель конкурса", "«Аймира» КФ", "9.00", "6.00", "Подать жалобу");

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

  /** The application form as a browser fills it, with this visitor's form token. */
  private Map<String, Object> form(String call, String title) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_csrf", browser.token("/portal/calls/" + call + "/apply"));
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
