package kg.socialorder.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.support.WebappTest;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open data as a program reads it, over real HTTP without login, with the releases published by
 * the real processes' steps. Subclasses run it on H2 and PostgreSQL.
 */
abstract class OpenDataScenarios extends WebappTest {

  /** A title as a resident might type it: quotes, markup and Kyrgyz letters must all survive as text. */
  static final String PROBLEM = "Мүмкүнчүлүгү чектелген \"балдар\" үчүн борбор жок <script>alert('x')</script> & ң, ө, ү";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  OcdsProperties ocds;

  OpenDataClient client;

  @BeforeEach
  void client() {
    client = new OpenDataClient(port);
  }

  @Test
  void aWholeSocialOrderIsPublishedStageByStageAndCompiledIntoItsRecord() {
    SocialOrderChain chain = new SocialOrderChain(engine, intake).run(PROBLEM);
    String ocid = ocds.ocid(chain.themeKey);
    assertThat(ocid).isEqualTo("ocds-kgmso1-" + chain.themeKey).matches("ocds-kgmso1-KARAKOLTOWN-2026-\\d+-T1");

    HttpResponse<String> response = client.get("/ocds/releases/" + ocid);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
    JsonNode releases = OpenDataClient.json(response).path("releases");
    List<String> ids = texts(releases, "id");
    assertThat(ids.stream().filter(id -> !id.contains("-document-")).toList()).containsExactly(ocid + "-planning",
        ocid + "-tender-1", ocid + "-award-1-1", ocid + "-contract", ocid + "-payment-1", ocid + "-monitoring-1-1",
        ocid + "-payment-2", ocid + "-monitoring-2-1", ocid + "-contract-end", ocid + "-final-report");
    // the commission's protocol after the award, the signed contract after the contract (documents/GeneratedPapers)
    assertThat(ids.get(3)).startsWith(ocid + "-document-");
    assertThat(ids.get(5)).startsWith(ocid + "-document-");
    assertThat(StreamSupport.stream(releases.spliterator(), false).map(r -> r.path("tag").get(0).asText()))
        .containsExactly("planning", "tender", "award", "tenderUpdate", "contract", "contractUpdate",
            "implementation", "implementation", "implementation", "implementation", "contractTermination",
            "implementation");
    assertThat(releases.get(3).path("tender").path("documents").get(0).path("documentType").asText())
        .isEqualTo("evaluationReports");
    assertThat(releases.get(5).path("contracts").get(0).path("documents").get(0).path("documentType").asText())
        .isEqualTo("contractSigned");
    assertThat(releases.get(0).path("planning").path("budget").path("amount").path("amount").decimalValue())
        .isEqualByComparingTo("500000");

    JsonNode record = OpenDataClient.json(client.get("/ocds/records/" + ocid)).path("records").get(0);
    assertThat(record.path("ocid").asText()).isEqualTo(ocid);
    assertThat(record.path("releases")).hasSize(12);
    JsonNode compiled = record.path("compiledRelease");
    assertThat(texts(compiled.path("tag"), null)).containsExactly("compiled");
    assertThat(compiled.path("date").asText()).isEqualTo(releases.get(11).path("date").asText());
    assertThat(compiled.path("buyer").path("id").asText()).isEqualTo("karakoltown");
    // the buyer as a reviewer expects a party: identified, with its address and contact, named in each language
    JsonNode buyer = byId(compiled.path("parties"), "karakoltown");
    assertThat(buyer.path("name").asText()).isEqualTo("Кара-Көл шаары (Жалал-Абад)");
    assertThat(buyer.path("name_ru").asText()).isEqualTo("город Кара-Куль (Джалал-Абад)");
    assertThat(buyer.path("identifier").path("scheme").asText()).isEqualTo("KG-INN");
    assertThat(buyer.path("identifier").path("id").asText()).isNotBlank();
    assertThat(buyer.path("address").path("locality").asText()).isNotBlank();
    assertThat(buyer.path("address").path("countryName_ru").asText()).isEqualTo("Кыргызская Республика");
    assertThat(buyer.path("contactPoint").path("email").asText()).contains("@");
    assertThat(buyer.path("contactPoint").path("name").asText()).doesNotContain(" / ");
    assertThat(buyer.path("contactPoint").path("name_ru").asText()).isNotBlank();
    assertThat(compiled.path("planning").path("rationale").asText()).startsWith(PROBLEM);
    // the tender: the call, its ceiling and period, complete once the contract was signed
    JsonNode tender = compiled.path("tender");
    assertThat(tender.path("id").asText()).isEqualTo(chain.callNumber);
    assertThat(tender.path("title").asText()).isEqualTo(PROBLEM);
    assertThat(tender.path("value").path("amount").decimalValue()).isEqualByComparingTo("450000");
    assertThat(tender.path("value").path("currency").asText()).isEqualTo("KGS");
    assertThat(tender.path("procurementMethod").asText()).isEqualTo("open");
    assertThat(tender.path("numberOfTenderers").asInt()).isEqualTo(2);
    // every end and due date is the last second of its day
    assertThat(tender.path("tenderPeriod").path("endDate").asText()).endsWith("T23:59:59+06:00");
    assertThat(tender.path("description").asText()).startsWith("Максаты: ").doesNotContain("Цель");
    assertThat(tender.path("description_ru").asText()).startsWith("Цель: ").doesNotContain("Максаты");
    assertThat(tender.path("status").asText()).isEqualTo("complete");
    assertThat(tender.path("documents").get(0).path("url").asText())
        .isEqualTo("http://localhost:8080/portal/calls/" + chain.callNumber);
    // the award: the winner with its tax number, pending while appeals were open, then active
    JsonNode award = single(compiled.path("awards"));
    assertThat(award.path("status").asText()).isEqualTo("active");
    assertThat(award.path("value").path("amount").decimalValue()).isEqualByComparingTo("420000");
    String supplierId = award.path("suppliers").get(0).path("id").asText();
    assertThat(supplierId).isEqualTo("KG-INN-" + SocialOrderChain.TAX_AIMIRA);
    JsonNode supplier = byId(compiled.path("parties"), supplierId);
    assertThat(supplier.path("name").asText()).isEqualTo("«Аймира» КФ");
    assertThat(supplier.path("identifier").path("id").asText()).isEqualTo(SocialOrderChain.TAX_AIMIRA);
    assertThat(texts(supplier.path("roles"), null)).containsExactly("supplier", "payee");
    // the contract: its value and tranches, each milestone met by its payment; closed when completed
    JsonNode contract = single(compiled.path("contracts"));
    assertThat(contract.path("id").asText()).isEqualTo(chain.contractNumber);
    assertThat(contract.path("awardID").asText()).isEqualTo(award.path("id").asText());
    assertThat(contract.path("value").path("amount").decimalValue()).isEqualByComparingTo("400000");
    assertThat(contract.path("status").asText()).isEqualTo("terminated");
    assertThat(texts(contract.path("milestones"), "id")).containsExactly("tranche-1", "tranche-2");
    assertThat(texts(contract.path("milestones"), "status")).containsExactly("met", "met");
    assertThat(contract.path("milestones")).allSatisfy(tranche -> {
      assertThat(tranche.path("dueDate").asText()).endsWith("T23:59:59+06:00");
      assertThat(tranche.path("dateMet").asText()).isNotBlank();
    });
    // the payment's own release says which tranche was due when, and when it was met
    JsonNode paid = releases.get(6).path("contracts").get(0).path("milestones").get(0);
    assertThat(paid.path("id").asText()).isEqualTo("tranche-1");
    assertThat(paid.path("dueDate").asText()).isEqualTo(contract.path("milestones").get(0).path("dueDate").asText());
    assertThat(paid.path("title").asText()).startsWith("1-транш");
    assertThat(paid.path("title_ru").asText()).startsWith("Транш 1");
    assertThat(paid.path("status").asText()).isEqualTo("met");
    assertThat(paid.path("dateMet").asText()).isNotBlank();
    JsonNode implementation = contract.path("implementation");
    assertThat(texts(implementation.path("transactions"), "id")).containsExactly("tranche-1", "tranche-2", "refund");
    assertThat(StreamSupport.stream(implementation.path("transactions").spliterator(), false)
        .map(t -> t.path("value").path("amount").decimalValue().intValue()))
        .containsExactly(250_000, 150_000, 10_000);
    assertThat(implementation.path("transactions").get(0).path("payee").path("id").asText()).isEqualTo(supplierId);
    assertThat(implementation.path("transactions").get(2).path("payee").path("id").asText()).isEqualTo("karakoltown");
    assertThat(texts(implementation.path("milestones"), "id"))
        .containsExactly("monitoring-1-1", "monitoring-2-1", "public-hearing", "final-report");
    assertThat(texts(implementation.path("milestones"), "type"))
        .containsExactly("assessment", "assessment", "engagement", "reporting");
    assertThat(implementation.path("milestones").get(2).path("description").asText()).contains("140");
    assertThat(texts(implementation.path("documents"), "url")).containsExactly(
        "http://localhost:8080/portal/reports/" + chain.themeKey,
        "http://localhost:8080/portal/reports/" + chain.themeKey + "/pdf");
  }

  @Test
  void everyPackageOfAWholeSocialOrderIsValidOcds115() {
    Instant before = clock.instant();
    SocialOrderChain chain = new SocialOrderChain(engine, intake).run(PROBLEM);
    String ocid = ocds.ocid(chain.themeKey);
    terminatedContract();
    cancelledCompetition();

    List<String> validated = new ArrayList<>();
    for (String path : List.of("/ocds/releases/" + ocid, "/ocds/releases", "/ocds/releases?since=" + before)) {
      validated.addAll(everyPage(path, true));
    }
    for (String path : List.of("/ocds/records/" + ocid, "/ocds/records", "/ocds/records?since=" + before)) {
      validated.addAll(everyPage(path, false));
    }
    assertThat(validated).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void theSameStagePublishedTwiceIsOneRelease() {
    CompetitionDriver competition = new CompetitionDriver(engine, intake);
    ProcessInstance instance = competition.start("katran", 300_000);
    competition.announce(instance, "katran", 300_000, TODAY.plusDays(30));
    String ocid = ocds.ocid(instance.getBusinessKey());
    int before = releases(ocid);

    // as an operator would in Cockpit: run the publication step once more
    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
        .startBeforeActivity("PublishCall").execute();
    competition.runJobs(instance);

    assertThat(releases(ocid)).isEqualTo(before).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from so_ocds_release where release_id = ?", Integer.class,
        ocid + "-tender-1")).isEqualTo(1);
  }

  @Test
  void aTerminatedContractIsPublishedWithItsReasonAndTheTranchesNeverPaid() {
    String ocid = terminatedContract();

    JsonNode releases = OpenDataClient.json(client.get("/ocds/releases/" + ocid)).path("releases");
    JsonNode termination = releases.get(releases.size() - 1);
    assertThat(texts(termination.path("tag"), null)).containsExactly("contractTermination");
    JsonNode contract = OpenDataClient.json(client.get("/ocds/records/" + ocid)).path("records").get(0)
        .path("compiledRelease").path("contracts").get(0);
    assertThat(contract.path("status").asText()).isEqualTo("terminated");
    // the signed contract (documents/GeneratedPapers), then why it ended
    JsonNode cancellation = StreamSupport.stream(contract.path("documents").spliterator(), false)
        .filter(d -> "cancellationDetails".equals(d.path("documentType").asText())).findFirst().orElseThrow();
    assertThat(cancellation.path("description").asText()).isEqualTo("Балдар борбору ачылган жок");
    assertThat(texts(contract.path("milestones"), "status")).containsExactly("met", "met", "notMet");
    assertThat(contract.path("implementation").path("transactions")).hasSize(2);
    // a contract run without a published competition still names its award and supplier
    assertThat(contract.path("awardID").asText()).isEqualTo("award-A-7");
  }

  @Test
  void aCancelledCompetitionCancelsItsTender() {
    String ocid = cancelledCompetition();

    JsonNode tender = OpenDataClient.json(client.get("/ocds/records/" + ocid)).path("records").get(0)
        .path("compiledRelease").path("tender");
    assertThat(tender.path("status").asText()).isEqualTo("cancelled");
    assertThat(tender.path("value").path("amount").decimalValue()).isEqualByComparingTo("300000");
    assertThat(byId(tender.path("documents"), "cancellation").path("description").asText())
        .isEqualTo("Өтүнмө түшкөн жок");
  }

  @Test
  void sinceGivesOnlyWhatWasPublishedFromThatMomentAndPagesLinkEachOther() {
    CompetitionDriver competition = new CompetitionDriver(engine, intake);
    ProcessInstance earlier = competition.start("omuraliev", 300_000);
    competition.announce(earlier, "omuraliev", 300_000, TODAY.plusDays(30));
    // years later, so that nothing another test publishes comes after it
    Instant since = LocalDate.of(2031, 1, 1).atStartOfDay(BISHKEK).toInstant();
    clock.moveTo(since.plusSeconds(3600));
    ProcessInstance later = competition.start("omuraliev", 300_000);
    competition.announce(later, "omuraliev", 300_000, LocalDate.of(2031, 2, 1));

    JsonNode page = OpenDataClient.json(client.get("/ocds/releases?since=2031-01-01T00:00:00%2B06:00"));
    assertThat(texts(page.path("releases"), "ocid")).contains(ocds.ocid(later.getBusinessKey()))
        .doesNotContain(ocds.ocid(earlier.getBusinessKey()));
    assertThat(StreamSupport.stream(page.path("releases").spliterator(), false)
        .map(r -> OffsetDateTime.parse(r.path("date").asText()).toInstant()))
        .allSatisfy(date -> assertThat(date).isAfterOrEqualTo(since));
    assertThat(page.path("uri").asText()).isEqualTo("http://localhost:8080/ocds/releases?since=" + since);
    JsonNode records = OpenDataClient.json(client.get("/ocds/records?since=" + since));
    assertThat(texts(records.path("records"), "ocid")).contains(ocds.ocid(later.getBusinessKey()))
        .doesNotContain(ocds.ocid(earlier.getBusinessKey()));

    JsonNode second = OpenDataClient.json(client.get("/ocds/releases?since=" + since + "&page=2"));
    assertThat(second.path("releases")).isEmpty();
    assertThat(second.path("links").path("prev").asText())
        .isEqualTo("http://localhost:8080/ocds/releases?since=" + since);
    assertThat(client.get("/ocds/releases?since=yesterday").statusCode()).isEqualTo(400);
    assertThat(client.get("/ocds/releases?page=0").statusCode()).isEqualTo(400);
    assertThat(client.get("/ocds/records/ocds-kgmso1-NOWHERE-1").statusCode()).isEqualTo(404);
  }

  @Test
  void textsAreJsonEscapedAndMarkupNeverAppearsRaw() {
    CompetitionDriver competition = new CompetitionDriver(engine, intake);
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("competition",
        Variables.createVariables().putValue("municipality", "katran").putValue("themeNumber", 1)
            .putValue("problem", PROBLEM).putValue("targetGroup", "Балдар").putValue("themeBudget", 300_000.0));
    competition.announce(instance, "katran", 300_000, TODAY.plusDays(30));

    HttpResponse<String> response = client.get("/ocds/releases/" + ocds.ocid(instance.getBusinessKey()));

    assertThat(response.body()).doesNotContain("<script>", "</script>", "&")
        .contains("\\\"балдар\\\"", "\\u003Cscript\\u003E", "ң, ө, ү");
    assertThat(OpenDataClient.json(response).path("releases").get(0).path("tender").path("title").asText())
        .isEqualTo(PROBLEM);
  }

  /** A contract of Kara-Kol city run on its own, terminated by the head in the third of three tranches. */
  private String terminatedContract() {
    ContractDriver driver = new ContractDriver(engine);
    TrancheDriver tranches = new TrancheDriver(engine);
    String number = "№" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance contract = driver.start("karakol", 300_000, "«Балдарга тирек» КФ", 300_000);
    LocalDate start = SocialOrderChain.today().plusDays(1);
    driver.complete(contract, driver.draft(number, 300_000, start.toString(), start.plusDays(250).toString(),
        "baldargatirek", List.of(ContractDriver.tranche(100_000, start.plusDays(5).toString(), start.plusDays(60).toString()),
            ContractDriver.tranche(100_000, start.plusDays(70).toString(), start.plusDays(120).toString()),
            ContractDriver.tranche(100_000, start.plusDays(130).toString(), start.plusDays(200).toString()))));
    driver.complete(contract, driver.sign());
    driver.complete(contract, driver.headSignature());
    driver.complete(contract, driver.group(ContractDriver.lawfulGroup("karakol")));
    tranches.runJob(contract, "RegisterContract");
    String today = SocialOrderChain.today().toString();
    ProcessInstance first = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(contract.getId()).singleResult();
    tranches.pay(first, today);
    tranches.complete(first, tranches.reportOnTrack(first, 100_000));
    tranches.complete(first, tranches.visit(today, "good", true, TrancheDriver.LEADER));
    ProcessInstance second = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(contract.getId()).singleResult();
    tranches.pay(second, today);
    tranches.complete(second, tranches.reportOnTrack(second, 100_000));
    tranches.complete(second, tranches.visit(today, "poor", false, TrancheDriver.LEADER));
    tranches.complete(second, tranches.headDecision("terminate", null, "Балдар борбору ачылган жок"));
    return ocds.ocid(contract.getBusinessKey());
  }

  /** A competition of Katran that nobody applies to, cancelled by the coordinator. */
  private String cancelledCompetition() {
    CompetitionDriver competition = new CompetitionDriver(engine, intake);
    ProcessInstance instance = competition.start("katran", 300_000);
    competition.announce(instance, "katran", 300_000, SocialOrderChain.today().plusDays(30));
    competition.closeCall(instance);
    competition.complete(instance, Variables.createVariables().putValue("failedDecision", "cancel")
        .putValue("cancellationReason", "Өтүнмө түшкөн жок"));
    return ocds.ocid(instance.getBusinessKey());
  }

  /** Validates a package and every page after it; returns the paths validated. */
  private List<String> everyPage(String first, boolean releasePackage) {
    List<String> validated = new ArrayList<>();
    String path = first;
    while (path != null) {
      HttpResponse<String> response = client.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(releasePackage ? OcdsSchema.releasePackageErrors(response.body())
          : OcdsSchema.recordPackageErrors(response.body())).as(path).isEmpty();
      validated.add(path);
      JsonNode next = OpenDataClient.json(response).path("links").path("next");
      path = next.isMissingNode() ? null : OpenDataClient.path(next.asText());
    }
    return validated;
  }

  private int releases(String ocid) {
    return OpenDataClient.json(client.get("/ocds/releases/" + ocid)).path("releases").size();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(field == null ? item.asText() : item.path(field).asText()));
    return texts;
  }

  private static JsonNode single(JsonNode array) {
    assertThat(array).hasSize(1);
    return array.get(0);
  }

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode item : array) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("No " + id + " in " + array);
  }
}
