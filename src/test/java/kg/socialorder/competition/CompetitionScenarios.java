package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionDriver.TAX_AIMIRA;
import static kg.socialorder.competition.CompetitionDriver.TAX_BALDAR;
import static kg.socialorder.competition.CompetitionDriver.TAX_TRADER;
import static kg.socialorder.competition.CompetitionDriver.TAX_ULUKMAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kg.socialorder.PublicFormat;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.support.EngineTest;
import kg.socialorder.validation.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through the competition, on the Kara-Kol town case of the demo ("Балдар бөтөн болбойт",
 * README "The real cases").
 * Subclasses run them on H2 and on PostgreSQL.
 */
abstract class CompetitionScenarios extends EngineTest {

  static final String M = "karakoltown";
  static final LocalDate DEADLINE = TODAY.plusDays(30);
  static final String PUBLIC_FUND = "publicFund";
  static final String PUBLIC_ASSOCIATION = "publicAssociation";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  AppealFiling appealFiling;
  @Autowired
  CallRegister calls;
  @Autowired
  ApplicationRegister applications;
  @Autowired
  AppealRegister appeals;

  CompetitionDriver driver;

  @BeforeEach
  void driver() {
    driver = new CompetitionDriver(engine, intake);
  }

  @Test
  void karaKolAwardsTheCentreToAimira() {
    ProcessInstance competition = driver.start(M, 500_000);
    assertThat(competition).isWaitingAt("PrepareCall");
    assertThat(driver.task(competition)).hasCandidateGroup("coordinator");
    assertThat(competition.getTenantId()).isEqualTo(M);
    assertThat(competition.getBusinessKey()).matches("KARAKOLTOWN-2026-\\d+-T1");
    // the form arrives with the criteria of the DMN table, the theme's budget and the default last day
    assertThat(records(competition, "scoringCriteria", ScoringCriterion.class))
        .extracting(ScoringCriterion::weight).containsExactly(30, 25, 20, 15, 10);
    assertThat(driver.variable(competition, "budgetCeiling")).isEqualTo(500_000.0);
    assertThat(driver.variable(competition, "applicationDeadline")).isEqualTo(TODAY.plusDays(30).toString());
    assertThat(driver.jsonVariable(competition, "commissionCandidates")).asList().hasSize(3);

    driver.complete(competition, driver.call(competition, M, 450_000, DEADLINE));
    assertThat(competition).isWaitingAt("ApproveCall");
    assertThat(driver.task(competition)).hasCandidateGroup("head");
    driver.complete(competition, driver.approval());
    assertThat(competition).isWaitingAt("PublishCall");
    assertThat(calls.find(driver.callNumber(competition))).isEmpty();
    driver.runJobs(competition);

    String call = driver.callNumber(competition);
    assertThat(competition).isWaitingAt("RegisterPaperApplication");
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.OPEN);
    assertThat(calls.get(call).budgetCeiling()).isEqualByComparingTo("450000");

    Registration aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 420_000,
        "Балдар бөтөн болбойт"));
    assertThat(aimira.registrationNumber()).isEqualTo(call + "-001");
    Registration trader = driver.submit(call, driver.application("«Соода» ЖЧК", "commercialCompany", TAX_TRADER,
        300_000, "Оңдоо иштери"));
    driver.registerPaper(competition, driver.application("«Улукман дарыгер» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN,
        400_000, "Ден соолук борбору"));
    assertThat(competition).isWaitingAt("RegisterPaperApplication");
    assertThat((String) driver.variable(competition, "lastRegistration")).startsWith(call + "-003");
    // the next paper form starts blank: nothing of the registered application is left for it to load
    assertThat(engine.getTaskService().getVariables(driver.task(competition).getId()))
        .doesNotContainKeys(ApplicationCheck.FIELDS.toArray(String[]::new));
    assertThat(applications.findByRegistrationNumber(call + "-003").orElseThrow().channel()).isEqualTo("paper");

    driver.closeCall(competition);

    assertThat(competition).hasPassed("CheckEligibility");
    assertThat(driver.variable(competition, "eligibleCount")).isEqualTo(2);
    assertThat(applications.findByRegistrationNumber(trader.registrationNumber()).orElseThrow())
        .satisfies(a -> {
          assertThat(a.eligible()).isFalse();
          assertThat(a.eligibilityReasons()).contains("коммерциялык эмес уюм эмес", "не является некоммерческой");
        });
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.EVALUATION);

    List<Task> sheets = driver.tasks(competition, "ScoreApplications");
    assertThat(sheets).extracting(Task::getAssignee)
        .containsExactly(M + ".commission1", M + ".commission2", M + ".commission3");
    assertThat(sheets.get(0).getDueDate()).isNotNull();
    // one line per eligible application and criterion; the ineligible one is not scored
    assertThat((List<?>) JsonVariables.plain(engine.getTaskService()
        .getVariableLocalTyped(sheets.get(0).getId(), "scoresheet"))).hasSize(10);

    driver.score(competition, List.of(
            Map.of(aimira.registrationNumber(), 9, call + "-003", 7),
            Map.of(aimira.registrationNumber(), 8, call + "-003", 8),
            Map.of(aimira.registrationNumber(), 10, call + "-003", 6)),
        List.of(Set.of(), Set.of(), Set.of()));

    assertThat(competition).isWaitingAt("RecordProtocol");
    assertThat(driver.task(competition)).isAssignedTo(M + ".commission1");
    assertThat(driver.variable(competition, "tieAtTop")).isEqualTo(false);
    List<RankedApplication> ranking = records(competition, "ranking", RankedApplication.class);
    assertThat(ranking).extracting(RankedApplication::registrationNumber)
        .containsExactly(aimira.registrationNumber(), call + "-003");
    assertThat(ranking.get(0).score()).isEqualByComparingTo("9.00");
    assertThat(ranking.get(1).score()).isEqualByComparingTo("7.00");
    String aimiraId = String.valueOf(ranking.get(0).applicationId());
    assertThat(driver.variable(competition, "winnerApplicationId")).isEqualTo(aimiraId);

    driver.complete(competition, driver.protocol(aimiraId, null));
    driver.runJobs(competition);

    assertThat(competition).isWaitingAt("AwaitAppeal");
    CompetitionCall published = calls.get(call);
    assertThat(published.status()).isEqualTo(CallStatus.RESULTS);
    assertThat(published.winnerApplicationId()).isEqualTo(Long.valueOf(aimiraId));
    assertThat(published.appealDeadlineAt()).isEqualTo(published.resultsPublishedAt().plus(java.time.Duration.ofDays(10)));

    driver.fireTimer(competition, "AppealWindowClosed");

    assertThat(competition).isEnded().hasPassed("RecordAward");
    assertThat(historic(competition, "competitionOutcome")).isEqualTo("awarded");
    assertThat(historic(competition, "budgetCeiling")).isEqualTo(450_000.0);
    Winner winner = JsonVariables.records(List.of(JsonVariables.plain(historicTyped(competition, "winner"))),
        Winner.class).get(0);
    assertThat(winner.organisationName()).isEqualTo("«Аймира» КФ");
    assertThat(winner.taxNumber()).isEqualTo(TAX_AIMIRA);
    assertThat(winner.registrationNumber()).isEqualTo(aimira.registrationNumber());
    assertThat(winner.contactEmail()).isEqualTo("info@example.kg");
    assertThat(winner.requestedAmount()).isEqualByComparingTo("420000");
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.AWARDED);
  }

  @Test
  void theHeadReturnsTheCallWithAComment() {
    ProcessInstance competition = driver.start(M, 500_000);
    driver.complete(competition, driver.call(competition, M, 500_000, DEADLINE));
    assertRefused(() -> driver.complete(competition, Variables.createVariables().putValue("callDecision", "return")),
        List.of("callComment"), "Эскертүү", "Замечание");

    driver.complete(competition, Variables.createVariables().putValue("callDecision", "return")
        .putValue("callComment", "Мөөнөттү 45 күн кылыңыз"));

    assertThat(competition).isWaitingAt("PrepareCall");
    assertThat(driver.variable(competition, "goal")).isEqualTo("Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор ачуу");
    driver.complete(competition, driver.call(competition, M, 500_000, TODAY.plusDays(45)));
    driver.complete(competition, driver.approval());
    driver.runJobs(competition);
    assertThat(calls.get(driver.callNumber(competition)).deadlineDate()).isEqualTo(TODAY.plusDays(45));
  }

  @Test
  void aReturnedCallKeepsItsLastDayOfTodayAndItsCriteriaCodes() {
    ProcessInstance competition = driver.start(M, 500_000);
    // the form shows the criteria's names and weights only, as the coordinator sees them
    List<Map<String, Object>> shown = records(competition, "scoringCriteria", ScoringCriterion.class).stream()
        .map(c -> Map.<String, Object>of("name", c.name(), "weight", c.weight())).toList();
    driver.complete(competition, driver.call(competition, M, 500_000, TODAY)
        .putValue("scoringCriteria", JsonVariables.json(shown)));
    assertThat(records(competition, "scoringCriteria", ScoringCriterion.class)).extracting(ScoringCriterion::code)
        .containsExactly("relevance", "workPlan", "capacity", "budget", "sustainability");

    driver.complete(competition, Variables.createVariables().putValue("callDecision", "return")
        .putValue("callComment", "Максаттуу топту тактагыла"));

    // the call closes at the end of its last day, so today is still a valid last day: the form keeps it
    assertThat(competition).isWaitingAt("PrepareCall");
    assertThat(driver.variable(competition, "applicationDeadline")).isEqualTo(TODAY.toString());
  }

  @Test
  void noApplicationFailsTheCompetitionAndTheCoordinatorCancelsIt() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);

    driver.closeCall(competition);

    assertThat(competition).isWaitingAt("DecideFailedCompetition");
    assertThat(driver.task(competition)).hasCandidateGroup("coordinator");
    assertThat(driver.variable(competition, "applicationsReceived")).isEqualTo(0);
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.FAILED);

    assertRefused(() -> driver.complete(competition, Variables.createVariables().putValue("failedDecision", "cancel")),
        List.of("cancellationReason"), "Жокко чыгаруунун себеби", "Причина отмены");
    driver.complete(competition, Variables.createVariables().putValue("failedDecision", "cancel")
        .putValue("cancellationReason", "Шаарда мындай кызмат көрсөтө турган уюм жок"));

    assertThat(competition).isEnded().hasPassed("RecordCancellation");
    assertThat(historic(competition, "competitionOutcome")).isEqualTo("cancelled");
    assertThat(historic(competition, "cancellationReason")).isEqualTo("Шаарда мындай кызмат көрсөтө турган уюм жок");
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.CANCELLED);
  }

  @Test
  void noneEligibleThenReannouncedWithANewCallAndTheFailedOneKept() {
    ProcessInstance competition = driver.start(M, 500_000);
    String first = driver.announce(competition, M, 500_000, DEADLINE);
    driver.submit(first, driver.application("«Соода» ЖЧК", "commercialCompany", TAX_TRADER, 300_000, "Оңдоо"));
    Map<String, Object> tooMuch = driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 600_000, "Борбор");
    driver.submit(first, tooMuch);

    driver.closeCall(competition);
    assertThat(competition).isWaitingAt("DecideFailedCompetition");
    assertThat(driver.variable(competition, "applicationsReceived")).isEqualTo(2);
    assertThat(applications.findByTaxNumber(first, TAX_AIMIRA).orElseThrow().eligibilityReasons())
        .contains("чегинен ашат", "превышает предельную сумму");

    driver.complete(competition, Variables.createVariables().putValue("failedDecision", "reannounce"));

    assertThat(competition).isWaitingAt("PrepareCall");
    assertThat(driver.variable(competition, "callRound")).isEqualTo(2);
    String second = driver.callNumber(competition);
    assertThat(second).isEqualTo(competition.getBusinessKey() + "-R2");
    // what the coordinator wrote stands; the last day is new
    assertThat(driver.variable(competition, "goal")).isNotNull();
    driver.announce(competition, M, 500_000, now().plusDays(20));

    assertThat(calls.get(first).status()).isEqualTo(CallStatus.FAILED);
    assertThat(calls.get(second).status()).isEqualTo(CallStatus.OPEN);
    assertThat(applications.ofCall(second)).isEmpty();
    Registration again = driver.submit(second, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 480_000, "Борбор"));
    assertThat(again.registrationNumber()).isEqualTo(second + "-001");
    assertThat(competition).isWaitingAt("RegisterPaperApplication");
  }

  @Test
  void noneEligibleThenCancelled() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    Map<String, Object> young = driver.application("«Жаңы» КФ", PUBLIC_FUND, TAX_AIMIRA, 300_000, "Борбор");
    young.put("registrationDate", TODAY.minusMonths(2).toString());
    young.put("declaredDocuments", List.of("charter"));
    driver.submit(call, young);

    driver.closeCall(competition);
    assertThat(applications.findByTaxNumber(call, TAX_AIMIRA).orElseThrow().eligibilityReasons())
        .contains("документтердин баары", "позже требуемого срока");
    driver.complete(competition, Variables.createVariables().putValue("failedDecision", "cancel")
        .putValue("cancellationReason", "Талапка жооп берген табыштама жок"));

    assertThat(competition).isEnded().hasPassed("RecordCancellation");
    assertThat(historic(competition, "competitionOutcome")).isEqualTo("cancelled");
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.CANCELLED);
  }

  @Test
  void aMemberWithAConflictOfInterestDoesNotScoreThatApplication() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    String ulukman = driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000,
        "Ден соолук")).registrationNumber();
    driver.closeCall(competition);

    // commission2 sits on Aimira's board; the 10 it tries to give is not recorded
    driver.score(competition, List.of(
            Map.of(aimira, 6, ulukman, 7),
            Map.of(aimira, 10, ulukman, 7),
            Map.of(aimira, 8, ulukman, 7)),
        List.of(Set.of(), Set.of(aimira), Set.of()));

    List<RankedApplication> ranking = records(competition, "ranking", RankedApplication.class);
    RankedApplication aimiraLine = ranking.stream().filter(r -> r.registrationNumber().equals(aimira)).findFirst().orElseThrow();
    assertThat(aimiraLine.scoresCount()).isEqualTo(2);
    assertThat(aimiraLine.score()).isEqualByComparingTo("7.00");
    long aimiraId = aimiraLine.applicationId();
    ScoreRegister register = new ScoreRegister(new org.springframework.jdbc.core.JdbcTemplate(dataSource));
    assertThat(register.conflictedMembers(call, 1, aimiraId)).containsExactly(M + ".commission2");
    assertThat(register.scores(call, 1).get(aimiraId)).doesNotContainKey(M + ".commission2");
  }

  @Test
  void tooFewScoresLeaveNothingToRankAndTheCompetitionFails() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    driver.closeCall(competition);

    driver.score(competition, List.of(Map.of(aimira, 6), Map.of(aimira, 9), Map.of(aimira, 8)),
        List.of(Set.of(aimira), Set.of(aimira), Set.of()));

    assertThat(competition).isWaitingAt("DecideFailedCompetition");
    assertThat(driver.variable(competition, "rankedCount")).isEqualTo(0);
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.FAILED);
    assertThat(applications.findByTaxNumber(call, TAX_AIMIRA).orElseThrow().rankingPosition()).isNull();
  }

  @Test
  void aTieAtTheTopIsShownToTheCommission() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    String ulukman = driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000,
        "Ден соолук")).registrationNumber();
    driver.closeCall(competition);

    driver.score(competition, List.of(Map.of(aimira, 8, ulukman, 8), Map.of(aimira, 7, ulukman, 7),
        Map.of(aimira, 9, ulukman, 9)), List.of(Set.of(), Set.of(), Set.of()));

    assertThat(competition).isWaitingAt("RecordProtocol");
    assertThat(driver.variable(competition, "tieAtTop")).isEqualTo(true);
    assertThat((String) driver.variable(competition, "tiedApplications")).contains(aimira, ulukman);
    List<RankedApplication> ranking = records(competition, "ranking", RankedApplication.class);
    assertThat(ranking).extracting(RankedApplication::rank).containsExactly(1, 1);
    // either of the tied may be chosen without justification: both are first
    driver.complete(competition, driver.protocol(String.valueOf(ranking.get(1).applicationId()), null));
    assertThat(competition).isWaitingAt("PublishResults");
  }

  @Test
  void anotherWinnerNeedsAWrittenJustification() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    String ulukman = driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000,
        "Ден соолук")).registrationNumber();
    driver.closeCall(competition);
    driver.score(competition, List.of(Map.of(aimira, 9, ulukman, 8), Map.of(aimira, 9, ulukman, 8),
        Map.of(aimira, 9, ulukman, 8)), List.of(Set.of(), Set.of(), Set.of()));
    List<RankedApplication> ranking = records(competition, "ranking", RankedApplication.class);
    String second = String.valueOf(ranking.get(1).applicationId());

    assertRefused(() -> driver.complete(competition, driver.protocol(second, null)),
        List.of("winnerJustification"), "Негиздөө", "Обоснование");
    assertRefused(() -> driver.complete(competition, driver.protocol("999999", null)
            .putValue("protocolDate", now().plusDays(1).toString()).putValue("protocolNumber", " ")),
        List.of("winnerApplicationId", "protocolDate", "protocolNumber"), "Сынактын жеңүүчүсү", "Победитель конкурса");
    assertThat(competition).isWaitingAt("RecordProtocol");

    driver.complete(competition, driver.protocol(second, "Биринчи орундагы уюмдун салык карызы бар экени аныкталды"));
    driver.runJobs(competition);
    driver.fireTimer(competition, "AppealWindowClosed");

    assertThat(competition).isEnded();
    Map<?, ?> winner = (Map<?, ?>) JsonVariables.plain(historicTyped(competition, "winner"));
    assertThat(winner.get("registrationNumber")).isEqualTo(ulukman);
    assertThat(historic(competition, "winnerJustification")).asString().contains("салык карызы");
  }

  @Test
  void anUpheldAppealSendsTheApplicationsBackToTheCommission() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    String ulukman = driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000,
        "Ден соолук")).registrationNumber();
    driver.closeCall(competition);
    driver.score(competition, List.of(Map.of(aimira, 9, ulukman, 5), Map.of(aimira, 9, ulukman, 5),
        Map.of(aimira, 9, ulukman, 5)), List.of(Set.of(), Set.of(), Set.of()));
    List<RankedApplication> ranking = records(competition, "ranking", RankedApplication.class);
    driver.complete(competition, driver.protocol(String.valueOf(ranking.get(0).applicationId()), null));
    driver.runJobs(competition);

    appealFiling.file(call, ulukman, TAX_ULUKMAN, "Комиссия биздин иш планыбызды окуган жок");

    assertThat(competition).isWaitingAt("ReviewAppeals");
    Task review = driver.task(competition);
    assertThat(review).hasCandidateGroup("head");
    driver.complete(competition, driver.appealDecision(review, "uphold", "Иш планы чындап эле каралган эмес"));

    assertThat(competition).hasPassed("ReopenScoring");
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.RESCORING);
    assertThat(driver.variable(competition, "scoringRound")).isEqualTo(2);
    List<Task> sheets = driver.tasks(competition, "ScoreApplications");
    assertThat(sheets).hasSize(3);
    // the earlier scores stand in the new sheets, to be reconsidered
    assertThat((List<?>) JsonVariables.plain(engine.getTaskService().getVariableLocalTyped(sheets.get(0).getId(), "scoresheet")))
        .allSatisfy(line -> assertThat(CompetitionDriver.castMap(line).get("score")).isNotNull());

    driver.score(competition, List.of(Map.of(aimira, 7, ulukman, 9), Map.of(aimira, 7, ulukman, 9),
        Map.of(aimira, 7, ulukman, 9)), List.of(Set.of(), Set.of(), Set.of()));
    ranking = records(competition, "ranking", RankedApplication.class);
    assertThat(ranking.get(0).registrationNumber()).isEqualTo(ulukman);
    driver.complete(competition, driver.protocol(String.valueOf(ranking.get(0).applicationId()), null));
    driver.runJobs(competition);
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.RESULTS);
    driver.fireTimer(competition, "AppealWindowClosed");

    assertThat(competition).isEnded();
    Map<?, ?> winner = (Map<?, ?>) JsonVariables.plain(historicTyped(competition, "winner"));
    assertThat(winner.get("registrationNumber")).isEqualTo(ulukman);
    assertThat(appeals.ofCall(call)).extracting(Appeal::status).containsExactly(Appeal.UPHELD);
  }

  @Test
  void aRejectedAppealLeavesTheAwardStanding() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    String ulukman = driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000,
        "Ден соолук")).registrationNumber();
    driver.closeCall(competition);
    driver.score(competition, List.of(Map.of(aimira, 9, ulukman, 5), Map.of(aimira, 9, ulukman, 5),
        Map.of(aimira, 9, ulukman, 5)), List.of(Set.of(), Set.of(), Set.of()));
    String aimiraId = String.valueOf(records(competition, "ranking", RankedApplication.class).get(0).applicationId());
    driver.complete(competition, driver.protocol(aimiraId, null));
    driver.runJobs(competition);

    // a stranger without the right tax number cannot appeal
    assertRefused(() -> appealFiling.file(call, ulukman, TAX_TRADER, "Макул эмесмин"),
        List.of("registrationNumber"), "каттоо номери", "регистрационным номером");
    appealFiling.file(call, ulukman, TAX_ULUKMAN, "Баалар адилетсиз");
    driver.complete(competition, driver.appealDecision(driver.task(competition), "reject", "Баалар негиздүү"));

    assertThat(competition).isWaitingAt("AwaitAppeal");
    assertThat(calls.get(call).status()).isEqualTo(CallStatus.RESULTS);
    driver.fireTimer(competition, "AppealWindowClosed");

    assertThat(competition).isEnded().hasPassed("RecordAward");
    assertThat(((Map<?, ?>) JsonVariables.plain(historicTyped(competition, "winner"))).get("registrationNumber"))
        .isEqualTo(aimira);
    assertThat(appeals.ofCall(call)).extracting(Appeal::status).containsExactly(Appeal.REJECTED);
    // after the window, appeals are refused
    assertRefused(() -> appealFiling.file(call, ulukman, TAX_ULUKMAN, "Дагы бир жолу"),
        List.of("grounds"), "даттануу кабыл алынбайт", "жалоба не принимается");
  }

  @Test
  void anAppealFiledWhileAnotherIsReviewedIsReviewedBeforeTheAwardStands() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    String ulukman = driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000,
        "Ден соолук")).registrationNumber();
    driver.closeCall(competition);
    driver.score(competition, List.of(Map.of(aimira, 9, ulukman, 5), Map.of(aimira, 9, ulukman, 5),
        Map.of(aimira, 9, ulukman, 5)), List.of(Set.of(), Set.of(), Set.of()));
    driver.complete(competition, driver.protocol(
        String.valueOf(records(competition, "ranking", RankedApplication.class).get(0).applicationId()), null));
    driver.runJobs(competition);

    appealFiling.file(call, ulukman, TAX_ULUKMAN, "Биринчи даттануу");
    Task review = driver.task(competition);
    // filed while the head reviews: stored, reviewed next
    appealFiling.file(call, ulukman, TAX_ULUKMAN, "Экинчи даттануу");
    driver.complete(competition, driver.appealDecision(review, "reject", "Негизсиз"));

    assertThat(competition).isWaitingAt("ReviewAppeals");
    driver.complete(competition, driver.appealDecision(driver.task(competition), "reject", "Негизсиз"));
    assertThat(competition).isWaitingAt("AwaitAppeal");
    driver.fireTimer(competition, "AppealWindowClosed");
    assertThat(competition).isEnded();
    assertThat(appeals.ofCall(call)).extracting(Appeal::status).containsOnly(Appeal.REJECTED).hasSize(2);
  }

  @Test
  void aSubmissionAfterTheDeadlineIsRefusedEvenBeforeTheTimerFires() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    // the last day, late in the evening in Bishkek: still accepted
    clock.moveTo(DEADLINE.atTime(23, 59).atZone(BISHKEK).toInstant());
    driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"));

    clock.moveTo(DEADLINE.plusDays(1).atStartOfDay(BISHKEK).toInstant());
    assertThat(competition).isWaitingAt("RegisterPaperApplication");
    assertRefused(() -> driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN,
            400_000, "Кечиккен")),
        List.of("applicationDeadline"), "кабыл алуу " + PublicFormat.day(DEADLINE) + " күнү бүткөн",
        "приём заявок закончился " + PublicFormat.day(DEADLINE));
    assertRefused(() -> driver.registerPaper(competition, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION,
        TAX_ULUKMAN, 400_000, "Кечиккен")), List.of("applicationDeadline"), "бүткөн", "закончился");
    assertThat(applications.ofCall(call)).hasSize(1);
  }

  @Test
  void anOrganisationAppliesOnceAndOnlyTheReceiptsHolderChangesItAsANewVersion() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    Registration first = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000,
        "Биринчи вариант"));
    driver.submit(call, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000, "Ден соолук"));

    // the tax number is public: typing it is not enough
    assertRefused(() -> driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 450_000,
            "Башка вариант")), List.of("taxNumber"), "(№ " + first.registrationNumber() + ")",
        "эта организация уже подала заявку на этот конкурс (№ " + first.registrationNumber() + ")");
    assertThat(first.secret()).isNotBlank();
    assertRefused(() -> intake.change(call, first.registrationNumber(), "AAAAA-BBBBB-CCCCC-DDDDD",
            driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 450_000, "Башка вариант")::get),
        List.of("secret"), "жашыруун код", "секретный код не подходят");

    Registration second = intake.change(call, first.registrationNumber(), first.secret(),
        driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 450_000, "Экинчи вариант")::get);

    assertThat(second.replaced()).isTrue();
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.secret()).as("shown once, on the first receipt").isNull();
    assertThat(second.registrationNumber()).isEqualTo(first.registrationNumber());
    assertThat(applications.ofCall(call)).hasSize(2);
    Application stored = applications.findByTaxNumber(call, TAX_AIMIRA).orElseThrow();
    assertThat(stored.projectTitle()).isEqualTo("Экинчи вариант");
    assertThat(stored.requestedAmount()).isEqualByComparingTo("450000");
    assertThat(stored.submissions()).isEqualTo(2);
    assertThat(applications.versions(stored.id())).extracting(ApplicationVersion::version).containsExactly(1, 2);
    assertThat(applications.versions(stored.id()).get(1).changedFields())
        .contains("projectTitle", "requestedAmount").doesNotContain("organisationName", "legalForm");
    Registration third = driver.submit(call, driver.application("«Балдарга тирек» КФ", PUBLIC_FUND, TAX_BALDAR,
        300_000, "Мигранттардын балдары"));
    assertThat(third.registrationNumber()).isEqualTo(call + "-003");
  }

  @Test
  void theCoordinatorRegistersASecondPaperAsANewVersionUnderTheirName() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    driver.registerPaper(competition, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 400_000,
        "Кагаз"));

    driver.registerPaper(competition, driver.application("«Улукман» КБ", PUBLIC_ASSOCIATION, TAX_ULUKMAN, 380_000,
        "Оңдолгон кагаз"));

    Application stored = applications.findByTaxNumber(call, TAX_ULUKMAN).orElseThrow();
    assertThat(stored.projectTitle()).isEqualTo("Оңдолгон кагаз");
    assertThat(applications.versions(stored.id())).hasSize(2)
        .allSatisfy(v -> assertThat(v.channel()).isEqualTo(ApplicationRegister.PAPER));
    assertThat(String.valueOf(driver.variable(competition, "lastRegistration"))).contains("версия 2");
  }

  @Test
  void fiftyNgosSubmittingAtTheSameMomentAreAllRegistered() throws Exception {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    int ngos = 50;
    ExecutorService pool = Executors.newFixedThreadPool(ngos);
    CountDownLatch ready = new CountDownLatch(ngos);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Registration>> submissions = new ArrayList<>();
    try {
      for (int i = 0; i < ngos; i++) {
        Map<String, Object> application = driver.application("КФ №" + i, PUBLIC_FUND,
            String.format("%014d", 10_000_000_000_000L + i), 100_000 + i, "Долбоор " + i);
        submissions.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return driver.submit(call, application);
        }));
      }
      ready.await();
      go.countDown();
      List<String> numbers = Collections.synchronizedList(new ArrayList<>());
      for (Future<Registration> submission : submissions) {
        numbers.add(submission.get().registrationNumber());
      }
      assertThat(numbers).doesNotHaveDuplicates().hasSize(ngos);
    } finally {
      pool.shutdownNow();
    }
    assertThat(applications.ofCall(call)).hasSize(ngos);
    assertThat(applications.ofCall(call)).extracting(Application::registrationNumber)
        .contains(call + "-001", call + "-050");
    assertThat(competition).isWaitingAt("RegisterPaperApplication");
  }

  @Test
  void commissionMembersCompletingAtTheSameMomentAllCount() throws Exception {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    driver.closeCall(competition);
    List<Task> sheets = driver.tasks(competition, "ScoreApplications");
    List<VariableMap> inputs = sheets.stream().map(t -> driver.sheet(t, Map.of(aimira, 8), Set.of())).toList();
    ExecutorService pool = Executors.newFixedThreadPool(sheets.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> completions = new ArrayList<>();
    try {
      for (int i = 0; i < sheets.size(); i++) {
        String taskId = sheets.get(i).getId();
        VariableMap input = inputs.get(i);
        completions.add(pool.submit(() -> {
          go.await();
          engine.getFormService().submitTaskForm(taskId, input);
          return null;
        }));
      }
      go.countDown();
      for (Future<?> completion : completions) {
        completion.get();
      }
    } finally {
      pool.shutdownNow();
    }
    driver.runJobs(competition);
    assertThat(competition).isWaitingAt("RecordProtocol");
    assertThat(records(competition, "ranking", RankedApplication.class).get(0).scoresCount()).isEqualTo(3);
  }

  @Test
  void aCallOutsideTheRulesIsRefusedAndNothingStored() {
    ProcessInstance competition = driver.start(M, 500_000);
    VariableMap call = driver.call(competition, M, 600_000, TODAY.minusDays(1));
    call.putValue("commissionMembers", JsonVariables.json(List.of(M + ".commission1", "karakol.commission2")));
    call.putValue("commissionChair", M + ".commission3");
    call.putValue("scoringCriteria", JsonVariables.json(List.of(
        Map.of("code", "relevance", "name", "Шайкештик", "weight", 60),
        Map.of("name", "Шайкештик", "weight", 30))));
    call.putValue("termMonths", 0);

    assertRefused(() -> driver.complete(competition, call),
        List.of("budgetCeiling", "applicationDeadline", "commissionMembers", "scoringCriteria[2].name",
            "scoringCriteria", "termMonths"),
        "теманын бюджетинен", "превышать бюджет темы");
    assertThat(competition).isWaitingAt("PrepareCall");
    assertThat(driver.variable(competition, "goal")).isNull();

    VariableMap small = driver.call(competition, M, 500_000, DEADLINE);
    small.putValue("commissionMembers", JsonVariables.json(List.of(M + ".commission1", M + ".commission2")));
    small.putValue("commissionChair", M + ".commission3");
    assertRefused(() -> driver.complete(competition, small), List.of("commissionMembers", "commissionChair"),
        "кеминде 3 мүчө", "не менее 3 членов");
  }

  @Test
  void anApplicationWithWrongFieldsIsRefusedNamingEachField() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    Map<String, Object> wrong = driver.application(" ", "bank", "12345", -5, "Борбор");
    wrong.put("registrationDate", TODAY.plusDays(3).toString());
    wrong.put("email", "not-an-address");
    wrong.put("phone", "call me");
    wrong.put("budgetLines", List.of());
    wrong.put("declarationConfirmed", null);

    assertRefused(() -> driver.submit(call, wrong),
        List.of("organisationName", "legalForm", "taxNumber", "registrationDate", "email", "phone", "requestedAmount",
            "budgetLines", "declarationConfirmed"),
        "ИСН 14 сандан", "ИНН должен состоять из 14 цифр");
    Map<String, Object> unbalanced = driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор");
    unbalanced.put("ownContribution", "50000");
    assertRefused(() -> driver.submit(call, unbalanced), List.of("budgetLines"), "беренелердин суммасы", "сумма статей");
    assertThat(applications.ofCall(call)).isEmpty();
  }

  @Test
  void aScoresheetWithMissingScoresIsRefused() {
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 500_000, DEADLINE);
    String aimira = driver.submit(call, driver.application("«Аймира» КФ", PUBLIC_FUND, TAX_AIMIRA, 400_000, "Борбор"))
        .registrationNumber();
    driver.closeCall(competition);
    Task sheet = driver.tasks(competition, "ScoreApplications").get(0);
    VariableMap input = driver.sheet(sheet, Map.of(aimira, 11), Set.of());

    assertRefused(() -> engine.getFormService().submitTaskForm(sheet.getId(), input),
        List.of("scoresheet[1].score", "scoresheet[2].score", "scoresheet[3].score", "scoresheet[4].score",
            "scoresheet[5].score"),
        "Баалар", "Оценки");
    assertThat(engine.getTaskService().createTaskQuery().taskId(sheet.getId()).count()).isEqualTo(1);
  }

  @Autowired
  javax.sql.DataSource dataSource;

  /** Today by the engine clock, which the tests move past deadlines. */
  LocalDate now() {
    return clock.today();
  }

  void assertRefused(Runnable submission, List<String> fields, String kyrgyz, String russian) {
    assertThatThrownBy(submission::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactlyInAnyOrderElementsOf(fields))
        .hasMessageContaining(kyrgyz)
        .hasMessageContaining(russian);
  }

  <T> List<T> records(ProcessInstance instance, String name, Class<T> type) {
    return JsonVariables.records(engine.getRuntimeService().getVariableTyped(instance.getId(), name), type);
  }

  Object historic(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  Object historicTyped(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getTypedValue();
  }
}
