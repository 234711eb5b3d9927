package kg.socialorder.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kg.socialorder.SocialOrderProperties.Municipality;
import kg.socialorder.competition.CallPublished;
import kg.socialorder.competition.CallStatus;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.CompetitionCancelled;
import kg.socialorder.competition.ResultsPublished;
import kg.socialorder.competition.ScoringCriterion;
import kg.socialorder.competition.Winner;
import kg.socialorder.contract.ContractEnded;
import kg.socialorder.contract.ContractRegistered;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.finalreport.PublicReportPublished;
import kg.socialorder.order.ThemeEnteredCompetition;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.tranche.MonitoringConcluded;
import kg.socialorder.tranche.MonitoringVisit;
import kg.socialorder.tranche.TranchePaid;
import org.junit.jupiter.api.Test;

/**
 * The releases written from the stages' events, without a database or an engine: one contracting
 * process from planning to the final report, each release compiled into the record the next one
 * reads, as the publisher does. Money is a JSON number with its currency, days and moments are in
 * the municipalities' zone (+06:00), and every release and the record are valid OCDS.
 */
class ReleaseBuilderTest {

  private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  private static final String KEY = "KARAKOL-2026-1-T1";
  private static final String OCID = "ocds-kgmso1-" + KEY;
  private static final String CALL = "KARAKOL-2026-C1";
  private static final String CONTRACT = "K-7";

  private final OcdsProperties properties = new OcdsProperties(null, "Test publisher", null, null, null, null,
      null, null, null, null, null);
  private final ReleaseBuilder builder = new ReleaseBuilder(properties,
      List.of(new Municipality("karakol", "Каракол шаары", "город Каракол")), BISHKEK);
  private final List<JsonNode> published = new ArrayList<>();

  @Test
  void planningCarriesTheThemeBudgetAsANumberWithItsCurrencyAndTheMunicipalityAsBuyer() {
    ObjectNode release = planning();

    JsonNode budget = release.path("planning").path("budget");
    assertThat(budget.path("id").asText()).isEqualTo(KEY);
    assertThat(budget.path("amount").path("amount").isNumber()).isTrue();
    assertThat(budget.path("amount").path("amount").decimalValue()).isEqualByComparingTo("450000.50");
    assertThat(budget.path("amount").path("currency").asText()).isEqualTo("KGS");
    assertThat(budget.path("projectID").asText()).isEqualTo("KARAKOL-2026-1");
    assertThat(budget.path("project").asText()).isEqualTo("Балдар");
    assertThat(budget.path("project_ru").asText()).isEqualTo("Дети");
    assertThat(release.path("buyer").path("id").asText()).isEqualTo("karakol");
    assertThat(release.path("buyer").path("name").asText()).isEqualTo("Каракол шаары");
    assertThat(release.path("planning").path("documents").get(0).path("url").asText())
        .isEqualTo("http://localhost:8080/portal/orders/KARAKOL-2026-1");
    assertThat(release.path("tender").path("status").asText()).isEqualTo("planning");
    assertThat(release.path("tag").toString()).isEqualTo("[\"planning\"]");
  }

  @Test
  void aTenderRunsFromItsPublicationToTheLastSecondBeforeTheDeadlineInTheMunicipalitiesZone() {
    planning();
    ObjectNode release = tender();

    JsonNode tender = release.path("tender");
    assertThat(tender.path("id").asText()).isEqualTo(CALL);
    assertThat(tender.path("tenderPeriod").path("startDate").asText()).isEqualTo("2026-03-02T15:30:00+06:00");
    assertThat(tender.path("tenderPeriod").path("endDate").asText()).isEqualTo("2026-04-01T23:59:59+06:00");
    assertThat(tender.path("value").path("amount").decimalValue()).isEqualByComparingTo("400000");
    assertThat(tender.path("value").path("amount").toString()).isEqualTo("400000");
    assertThat(tender.path("awardCriteriaDetails").asText()).isEqualTo("Сапат (60 %); Баа (40 %)");
    assertThat(tender.path("description").asText()).contains("Мөөнөтү: 12 ай");
    assertThat(tender.path("description_ru").asText()).contains("Срок: 12 мес.");
  }

  @Test
  void anAwardIsPendingWithTheRequestedAmountAndTheScoreAsTheReleasesHaveAlwaysWrittenIt() {
    planning();
    tender();
    ObjectNode release = award(1, winner(17, "Ак-Жол", "80.00"));

    JsonNode award = release.path("awards").get(0);
    assertThat(release.path("id").asText()).isEqualTo(OCID + "-award-1-1");
    assertThat(award.path("id").asText()).isEqualTo("award-17");
    assertThat(award.path("status").asText()).isEqualTo("pending");
    assertThat(award.path("value").path("amount").decimalValue()).isEqualByComparingTo("390000.25");
    assertThat(award.path("value").path("currency").asText()).isEqualTo("KGS");
    assertThat(award.path("description").asText()).isEqualTo("Комиссиянын протоколу № П-3, 2026-04-10; упай: 80.0");
    assertThat(award.path("description_ru").asText()).isEqualTo("Протокол комиссии № П-3, 2026-04-10; балл: 80.0");
    assertThat(release.path("tender").path("numberOfTenderers").asInt()).isEqualTo(2);
    assertThat(release.path("tag").toString()).isEqualTo("[\"award\"]");
    JsonNode supplier = release.path("parties").get(1);
    assertThat(supplier.path("id").asText()).isEqualTo("KG-INN-01234567890123");
    assertThat(supplier.path("roles").toString()).isEqualTo("[\"supplier\"]");
  }

  @Test
  void anAwardForAnotherWinnerCancelsTheOneStillOpenAndTheSameWinnerCancelsNothing() {
    planning();
    tender();
    award(1, winner(17, "Ак-Жол", "87.25"));

    ObjectNode changed = award(2, winner(18, "Нур", "88.50"));

    assertThat(changed.path("tag").toString()).isEqualTo("[\"award\",\"awardCancellation\"]");
    assertThat(changed.path("awards").get(0).path("id").asText()).isEqualTo("award-18");
    assertThat(changed.path("awards").get(0).path("description").asText()).endsWith("упай: 88.5");
    assertThat(changed.path("awards").get(1).toString()).isEqualTo("{\"id\":\"award-17\",\"status\":\"cancelled\"}");

    ObjectNode same = award(3, winner(18, "Нур", "88.50"));
    assertThat(same.path("tag").toString()).isEqualTo("[\"award\"]");
    assertThat(same.path("awards")).hasSize(1);
  }

  @Test
  void aCancelledCompetitionCancelsItsTenderAndTheAwardStillOpen() {
    planning();
    tender();
    award(1, winner(17, "Ак-Жол", "80.00"));

    ObjectNode release = build("tender-cancellation", ReleaseBuilder.TAG_TENDER_CANCELLATION, (draft, current) ->
        builder.tenderCancelled(draft, current, new CompetitionCancelled("karakol", KEY, CALL,
            "Арыз жок / Нет заявок")));

    assertThat(release.path("tender").path("status").asText()).isEqualTo("cancelled");
    assertThat(release.path("tender").path("documents").get(0).path("description_ru").asText()).isEqualTo("Нет заявок");
    assertThat(release.path("awards").toString()).isEqualTo("[{\"id\":\"award-17\",\"status\":\"cancelled\"}]");
    assertThat(release.path("tag").toString()).isEqualTo("[\"tenderCancellation\",\"awardCancellation\"]");
  }

  @Test
  void aContractPutsItsAwardInForceAndPlansATrancheAsAMilestoneDueAtTheEndOfItsDay() {
    planning();
    tender();
    award(1, winner(17, "Ак-Жол", "80.00"));
    ObjectNode release = contract();

    assertThat(release.path("tender").path("status").asText()).isEqualTo("complete");
    assertThat(release.path("awards").toString()).isEqualTo("[{\"id\":\"award-17\",\"status\":\"active\"}]");
    JsonNode contract = release.path("contracts").get(0);
    assertThat(contract.path("awardID").asText()).isEqualTo("award-17");
    assertThat(contract.path("value").path("amount").decimalValue()).isEqualByComparingTo("390000.25");
    assertThat(contract.path("period").path("startDate").asText()).isEqualTo("2026-05-01T00:00:00+06:00");
    assertThat(contract.path("period").path("endDate").asText()).isEqualTo("2027-04-30T23:59:59+06:00");
    assertThat(contract.path("dateSigned").asText()).isEqualTo("2026-04-25T00:00:00+06:00");
    assertThat(contract.path("description").asText()).isEqualTo("Максаттуу көрсөткүчтөр: Балдар — 75 киши");
    JsonNode first = contract.path("milestones").get(0);
    assertThat(first.path("id").asText()).isEqualTo("tranche-1");
    assertThat(first.path("title").asText()).isEqualTo("1-транш: 195000.25 KGS");
    assertThat(first.path("dueDate").asText()).isEqualTo("2026-05-10T23:59:59+06:00");
    assertThat(first.path("status").asText()).isEqualTo("scheduled");
    assertThat(release.path("parties").get(1).path("roles").toString()).isEqualTo("[\"supplier\",\"payee\"]");
  }

  @Test
  void aPaymentMeetsItsTrancheAndIsATransactionFromTheMunicipalityToTheContractor() {
    throughContract();
    ObjectNode release = payment(1, "195000.25", LocalDate.of(2026, 5, 8));

    JsonNode contract = release.path("contracts").get(0);
    JsonNode milestone = contract.path("milestones").get(0);
    assertThat(milestone.path("title").asText()).isEqualTo("1-транш: 195000.25 KGS");
    assertThat(milestone.path("status").asText()).isEqualTo("met");
    assertThat(milestone.path("dateMet").asText()).isEqualTo("2026-05-08T00:00:00+06:00");
    assertThat(milestone.path("dueDate").asText()).isEqualTo("2026-05-10T23:59:59+06:00");
    JsonNode transaction = contract.path("implementation").path("transactions").get(0);
    assertThat(transaction.path("id").asText()).isEqualTo("tranche-1");
    assertThat(transaction.path("value").path("amount").toString()).isEqualTo("195000.25");
    assertThat(transaction.path("payer").path("id").asText()).isEqualTo("karakol");
    assertThat(transaction.path("payee").path("id").asText()).isEqualTo("KG-INN-01234567890123");
  }

  @Test
  void eachMonitoringVisitIsAnAssessmentMilestoneOfItsOwn() {
    throughContract();
    payment(1, "195000.25", LocalDate.of(2026, 5, 8));
    ObjectNode first = monitoring(1, 1, "poor", false, List.of());
    ObjectNode second = monitoring(1, 2, "good", true, List.of("Асанова А.", "Бекова Б."));

    assertThat(first.path("id").asText()).isEqualTo(OCID + "-monitoring-1-1");
    assertThat(second.path("id").asText()).isEqualTo(OCID + "-monitoring-1-2");
    JsonNode milestone = second.path("contracts").get(0).path("implementation").path("milestones").get(0);
    assertThat(milestone.path("id").asText()).isEqualTo("monitoring-1-2");
    assertThat(milestone.path("type").asText()).isEqualTo("assessment");
    assertThat(milestone.path("dateMet").asText()).isEqualTo("2026-06-03T00:00:00+06:00");
    assertThat(milestone.path("description").asText()).isEqualTo(
        "Баа: Жакшы. Чыгашалар документтер менен тастыкталды: ооба. Баары өз убагында. "
            + "Катышкандар: Асанова А., Бекова Б.");
    assertThat(milestone.path("description_ru").asText()).isEqualTo(
        "Оценка: Хорошо. Расходы подтверждены документами: да. Всё в срок. Присутствовали: Асанова А., Бекова Б.");
    assertThat(first.path("contracts").get(0).path("implementation").path("milestones").get(0)
        .path("description_ru").asText()).isEqualTo("Оценка: Неудовлетворительно. Расходы подтверждены документами: нет. "
            + "Всё в срок");
  }

  @Test
  void aTerminatedContractCarriesTheHeadsReasonAndItsUnpaidTranchesAreNotMet() {
    throughContract();
    payment(1, "195000.25", LocalDate.of(2026, 5, 8));

    ObjectNode release = build("contract-end", ReleaseBuilder.TAG_CONTRACT_TERMINATION, (draft, current) ->
        builder.contractEnded(draft, current, new ContractEnded("karakol", KEY, CONTRACT, true, "Аткарылган жок")));

    JsonNode contract = release.path("contracts").get(0);
    assertThat(contract.path("status").asText()).isEqualTo("terminated");
    assertThat(contract.path("documents").get(0).path("description").asText()).isEqualTo("Аткарылган жок");
    assertThat(contract.path("milestones")).hasSize(1);
    assertThat(contract.path("milestones").get(0).path("id").asText()).isEqualTo("tranche-2");
    assertThat(contract.path("milestones").get(0).path("status").asText()).isEqualTo("notMet");
  }

  @Test
  void aContractCompletedEndsWithoutAReason() {
    throughContract();

    ObjectNode release = build("contract-end", ReleaseBuilder.TAG_CONTRACT_TERMINATION, (draft, current) ->
        builder.contractEnded(draft, current, new ContractEnded("karakol", KEY, CONTRACT, false, null)));

    JsonNode contract = release.path("contracts").get(0);
    assertThat(contract.path("status").asText()).isEqualTo("terminated");
    assertThat(contract.has("documents")).isFalse();
    assertThat(contract.has("milestones")).isFalse();
  }

  @Test
  void theFinalReportRefundsUnspentMoneyAndReportsWhatWasPaidAndSpent() {
    throughContract();
    payment(1, "195000.25", LocalDate.of(2026, 5, 8));
    payment(2, "195000", LocalDate.of(2026, 9, 8));

    ObjectNode release = finalReport(new BigDecimal("1500.50"), LocalDate.of(2027, 5, 3));

    JsonNode implementation = release.path("contracts").get(0).path("implementation");
    JsonNode refund = implementation.path("transactions").get(0);
    assertThat(refund.path("id").asText()).isEqualTo("refund");
    assertThat(refund.path("date").asText()).isEqualTo("2027-05-03T00:00:00+06:00");
    assertThat(refund.path("value").path("amount").toString()).isEqualTo("1500.5");
    assertThat(refund.path("payer").path("id").asText()).isEqualTo("KG-INN-01234567890123");
    assertThat(refund.path("payee").path("id").asText()).isEqualTo("karakol");
    JsonNode hearing = implementation.path("milestones").get(0);
    assertThat(hearing.path("title_ru").asText()).isEqualTo("Общественные слушания");
    assertThat(hearing.path("dateMet").asText()).isEqualTo("2027-05-20T00:00:00+06:00");
    assertThat(hearing.path("description").asText()).isEqualTo("Орду: Мэрия. Катышуучулар: 45. Талкууланды");
    JsonNode report = implementation.path("milestones").get(1);
    assertThat(report.path("description").asText()).isEqualTo(
        "75 бала окууда. Жыйынтык баа: Жакшы. Төлөндү: 390000.25, сарпталды: 388499.75 KGS");
    assertThat(implementation.path("documents").get(1).path("url").asText())
        .isEqualTo("http://localhost:8080/portal/reports/" + KEY + "/pdf");
  }

  @Test
  void aFinalReportWithNothingRefundedHasNoTransaction() {
    throughContract();

    ObjectNode release = finalReport(BigDecimal.ZERO, null);

    assertThat(release.path("contracts").get(0).path("implementation").has("transactions")).isFalse();
  }

  @Test
  void everyReleaseOfTheProcessAndItsRecordAreValidOcds() {
    throughContract();
    payment(1, "195000.25", LocalDate.of(2026, 5, 8));
    monitoring(1, 1, "good", true, List.of("Асанова А."));
    payment(2, "195000", LocalDate.of(2026, 9, 8));
    build("contract-end", ReleaseBuilder.TAG_CONTRACT_TERMINATION, (draft, current) ->
        builder.contractEnded(draft, current, new ContractEnded("karakol", KEY, CONTRACT, false, null)));
    finalReport(new BigDecimal("1500.50"), LocalDate.of(2027, 5, 3));

    ObjectNode pack = OcdsJson.object();
    pack.put("uri", "http://localhost:8080/ocds/releases");
    pack.put("version", "1.1");
    pack.put("publishedDate", "2027-06-01T00:00:00+06:00");
    pack.putObject("publisher").put("name", "Test publisher");
    ArrayNode releases = pack.putArray("releases");
    published.forEach(releases::add);
    assertThat(OcdsSchema.releasePackageErrors(OcdsJson.write(pack))).isEmpty();
    assertThat(published).extracting(release -> release.path("id").asText()).containsExactly(
        OCID + "-planning", OCID + "-tender-1", OCID + "-award-1-1", OCID + "-contract", OCID + "-payment-1",
        OCID + "-monitoring-1-1", OCID + "-payment-2", OCID + "-contract-end", OCID + "-final-report");
  }

  // --- the stages, each compiled into the record the next one reads

  private ObjectNode planning() {
    return build("planning", ReleaseBuilder.TAG_PLANNING, (draft, current) -> builder.planning(draft,
        new ThemeEnteredCompetition("karakol", "KARAKOL-2026-1", "Балдар / Дети", KEY,
            new ApprovedTheme(1, "P1", "Мектепке чейинки билим / Дошкольное образование", "Бала бакча жок",
                "Балдар", new BigDecimal("450000.50"), 312), Instant.parse("2026-03-01T04:00:00Z"))));
  }

  private ObjectNode tender() {
    return build("tender-1", ReleaseBuilder.TAG_TENDER, (draft, current) ->
        builder.tender(draft, new CallPublished(call(0, null, null))));
  }

  private ObjectNode award(int scoringRound, Winner winner) {
    CompetitionCall call = call(scoringRound, "П-3", LocalDate.of(2026, 4, 10));
    return build(ReleaseBuilder.awardStage(call), ReleaseBuilder.TAG_AWARD, (draft, current) ->
        builder.award(draft, current, new ResultsPublished(call, winner, 2)));
  }

  private ObjectNode contract() {
    return build("contract", ReleaseBuilder.TAG_CONTRACT, (draft, current) -> builder.contract(draft, current,
        new ContractRegistered("karakol", KEY, CONTRACT,
            new kg.socialorder.contract.Winner("17", "R-1", "Ак-Жол", "ОФ", "01234567890123", "Бала бакча",
                new BigDecimal("390000.25"), "info@example.kg"),
            "Ак-Жол", "Бала бакча / Детский сад", new BigDecimal("390000.25"), LocalDate.of(2026, 5, 1),
            LocalDate.of(2027, 4, 30), LocalDate.of(2026, 4, 25),
            List.of(new PlannedTranche(1, new BigDecimal("195000.25"), LocalDate.of(2026, 5, 10),
                    LocalDate.of(2026, 8, 31), "Топтор ачылды"),
                new PlannedTranche(2, new BigDecimal("195000.00"), LocalDate.of(2026, 9, 10),
                    LocalDate.of(2027, 3, 31), "Жыл бүттү")),
            List.of(new TargetIndicator("Балдар", "киши", 75)))));
  }

  private void throughContract() {
    planning();
    tender();
    award(1, winner(17, "Ак-Жол", "80.00"));
    contract();
  }

  private ObjectNode payment(int tranche, String amount, LocalDate paidOn) {
    return build("payment-" + tranche, ReleaseBuilder.TAG_IMPLEMENTATION, (draft, current) ->
        builder.payment(draft, current, new TranchePaid("karakol", KEY, CONTRACT, tranche, new BigDecimal(amount),
            "Ак-Жол", paidOn)));
  }

  private ObjectNode monitoring(int tranche, int visitNumber, String rating, boolean confirmed, List<String> present) {
    MonitoringVisit visit = new MonitoringVisit("karakol", CONTRACT, tranche, visitNumber, LocalDate.of(2026, 6, 3),
        rating, confirmed, "Баары өз убагында / Всё в срок", present, Instant.parse("2026-06-03T10:00:00Z"));
    return build(ReleaseBuilder.monitoringStage(visit), ReleaseBuilder.TAG_IMPLEMENTATION, (draft, current) ->
        builder.monitoringConclusion(draft, current, new MonitoringConcluded(KEY, visit)));
  }

  private ObjectNode finalReport(BigDecimal refund, LocalDate refundedOn) {
    return build("final-report", ReleaseBuilder.TAG_IMPLEMENTATION, (draft, current) ->
        builder.finalReport(draft, current, new PublicReportPublished("karakol", KEY, CONTRACT, "Ак-Жол",
            "75 бала окууда", "good", new BigDecimal("390000.25"), new BigDecimal("388499.75"), refund, refundedOn,
            new PublicReportPublished.Hearing("publicHearing", LocalDate.of(2027, 5, 20), "Мэрия", 45,
                "Талкууланды"))));
  }

  private static CompetitionCall call(int scoringRound, String protocol, LocalDate protocolDate) {
    return new CompetitionCall(CALL, "pi-1", KEY, 1, "karakol", 1, "Мектепке чейинки билим", "Балдар",
        "Бала бакча ачуу", "Топтор", "75 бала", 12, new BigDecimal("400000.00"), "Катталган уюм",
        List.of(new ScoringCriterion("quality", "Сапат", 60), new ScoringCriterion("cost", "Баа", 40)),
        LocalDate.of(2026, 4, 1), Instant.parse("2026-04-01T18:00:00Z"), CallStatus.OPEN,
        Instant.parse("2026-03-02T09:30:00Z"), scoringRound, null, protocol, protocolDate, null, null, null);
  }

  private static Winner winner(long applicationId, String organisation, String score) {
    return new Winner(applicationId, "R-" + applicationId, organisation, "ОФ", "01234567890123", "Бала бакча",
        new BigDecimal("390000.25"), BigDecimal.ZERO, "Асан", "+996", "info@example.kg", new BigDecimal(score));
  }

  @FunctionalInterface
  private interface Stage {
    void fill(ReleaseDraft draft, ObjectNode current);
  }

  /** Builds a stage's release as the publisher does, on the record of the releases built before it. */
  private ObjectNode build(String stage, String tag, Stage fill) {
    ObjectNode current = RecordCompiler.compile(OCID, published);
    String date = OcdsJson.dateTime(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(3600L * published.size()),
        BISHKEK);
    ReleaseDraft draft = new ReleaseDraft(OCID, OCID + "-" + stage, date, List.of(tag), "ky");
    fill.fill(draft, current);
    published.add(OcdsJson.read(OcdsJson.write(draft.json)));
    return draft.json;
  }
}
