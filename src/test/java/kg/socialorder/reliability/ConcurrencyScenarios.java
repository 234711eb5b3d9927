package kg.socialorder.reliability;

import static kg.socialorder.support.Together.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.PublicFormat;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.ocds.OcdsProperties;
import kg.socialorder.ocds.ReleaseRegister;
import kg.socialorder.portal.PortalClient;
import kg.socialorder.support.ThemesBeforeCouncil;
import kg.socialorder.support.Together;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People acting at the same moment, through the real webapps and portal over HTTP: threads are
 * released together by a barrier (never timed sleeps), then the outcome is checked for what must
 * hold whoever won the race.
 */
abstract class ConcurrencyScenarios extends WebappTest {

  static final ObjectMapper JSON = new ObjectMapper();
  /** Each race is run a few times: the barrier makes them meet, the timing inside varies. */
  static final int ROUNDS = 3;

  @Autowired
  ApplicationIntake intake;
  @Autowired
  ApplicationRegister applications;
  @Autowired
  CallRegister calls;
  @Autowired
  ReleaseRegister releases;
  @Autowired
  OcdsProperties ocds;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ContractRegister contracts;

  @Test
  void twoMonitorsSubmittingTheSameVisitAtOnceOneWinsTheOtherIsToldInBothLanguagesAndNothingOfHisIsStored()
      throws Exception {
    TrancheDriver tranches = new TrancheDriver(engine, contracts);
    String contractNumber = "К-" + UUID.randomUUID().toString().substring(0, 6);
    ProcessInstance tranche = tranches.start(contractNumber, 1);
    tranches.pay(tranche, day(TODAY));
    tranches.complete(tranche, tranches.reportOnTrack(tranche, 290_000));
    String taskId = tranches.task(tranche).getId();
    List<String> monitors = List.of("kanyshkyya.monitor1", "kanyshkyya.monitor2");
    List<WebappClient> clients = monitors.stream().map(this::loggedIn).toList();
    // both see the visit in their Tasklist
    for (WebappClient client : clients) {
      assertThat(client.getEngine("task?processInstanceId=" + tranche.getId()).json())
          .extracting(t -> t.path("id").asText()).containsExactly(taskId);
    }

    List<Response> answers = atOnce(List.of(
        () -> clients.get(0).postEngine("task/" + taskId + "/submit-form", visit("Биринчи мүчөнүн баамы", "good")),
        () -> clients.get(1).postEngine("task/" + taskId + "/submit-form", visit("Экинчи мүчөнүн баамы", "poor"))));

    List<Response> won = answers.stream().filter(a -> a.status() == 204).toList();
    List<Response> lost = answers.stream().filter(a -> a.status() != 204).toList();
    assertThat(won).as(summary(answers)).hasSize(1);
    String winner = answers.get(0).status() == 204 ? "Биринчи мүчөнүн баамы" : "Экинчи мүчөнүн баамы";
    String winnerName = answers.get(0).status() == 204 ? "Мониторинг 1" : "Мониторинг 2";
    assertThat(lost).singleElement().satisfies(answer -> {
      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().path("message").asText())
          .startsWith("Бул тапшырманы " + winnerName)
          .contains("аткарып бүткөн", "Эту задачу уже выполнил(а) " + winnerName, "Обновите список задач")
          .doesNotContain("Exception", "ENGINE-", taskId);
    });
    String loser = winner.startsWith("Биринчи") ? "Экинчи мүчөнүн баамы" : "Биринчи мүчөнүн баамы";

    // the process went on once, with the winner's visit; of the loser's nothing was stored
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(tranche.getId())
        .taskDefinitionKey("RecordMonitoringVisit").count()).isOne();
    List<Object> findings = engine.getHistoryService().createHistoricDetailQuery().processInstanceId(tranche.getId())
        .variableUpdates().list().stream()
        .filter(d -> ((HistoricVariableUpdate) d).getVariableName().equals("findings"))
        .map(d -> ((HistoricVariableUpdate) d).getValue()).toList();
    assertThat(findings).contains(winner).doesNotContain(loser);
    String ocid = ocds.ocid(contractNumber + "-1");
    List<ReleaseRegister.Stored> conclusions = releases.ofProcess(ocid).stream()
        .filter(r -> r.releaseId().contains("-monitoring-1-")).toList();
    assertThat(conclusions).singleElement()
        .satisfies(r -> assertThat(r.json()).contains(winner).doesNotContain(loser));
  }

  @Test
  void twoDeputiesSubmittingTheSameTaskAtOnceTheLoserIsToldWhoWasFirstAndWhen() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Council council = council("katran.deputy1", "katran.deputy2");

      List<Response> answers = council.atOnce(c -> c.submit(c.first()), c -> c.submit(c.second()));

      assertThat(answers).as(summary(answers)).extracting(Response::status).containsExactlyInAnyOrder(204, 409);
      String winner = answers.get(0).status() == 204 ? "Депутат 1" : "Депутат 2";
      assertThat(message(lost(answers)))
          .startsWith("Бул тапшырманы " + winner).contains("Эту задачу уже выполнил(а) " + winner, "02.03.2026 10:00")
          .doesNotContain("Exception", "ENGINE-", council.taskId());
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
          .processInstanceId(council.themes().instance().getId()).taskDefinitionKey("ApproveThemes").count()).isOne();
    }
  }

  @Test
  void oneDeputySubmittingFromTwoTabsAtOnceIsToldItWasThemInAnotherTab() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Council council = council("katran.deputy1", "katran.deputy1");

      List<Response> answers = council.atOnce(c -> c.submit(c.first()), c -> c.submit(c.second()));

      assertThat(answers).as(summary(answers)).extracting(Response::status).containsExactlyInAnyOrder(204, 409);
      assertThat(message(lost(answers)))
          .startsWith("Бул тапшырманы сиз өзүңүз").contains("вы уже выполнили сами", "в другой вкладке");
    }
  }

  @Test
  void twoDeputiesClaimingTheSameTaskAtOnceTheLoserIsToldWhoHasIt() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Council council = council("katran.deputy1", "katran.deputy2");

      List<Response> answers = council.atOnce(c -> c.claim(c.first(), "katran.deputy1"),
          c -> c.claim(c.second(), "katran.deputy2"));

      assertThat(answers).as(summary(answers)).extracting(Response::status).containsExactlyInAnyOrder(204, 409);
      String holder = council.assignee();
      assertThat(holder).isEqualTo(answers.get(0).status() == 204 ? "katran.deputy1" : "katran.deputy2");
      // the claim the loser saw, or the change that came at the same moment
      assertThat(message(lost(answers)))
          .satisfiesAnyOf(
              m -> assertThat(m).contains("Эту задачу взял(а) в работу Депутат " + holder.substring(holder.length() - 1)),
              m -> assertThat(m).contains("В этот же момент это изменил другой пользователь"))
          .doesNotContain("Exception", "ENGINE-", "TaskAlreadyClaimed");
    }
  }

  @Test
  void openingTheFormOfATaskBeingCompletedAnswersTheFormOrWhoCompletedIt() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Council council = council("katran.deputy1", "katran.deputy2");

      List<Response> answers = council.atOnce(c -> c.submit(c.first()),
          c -> c.second().getEngine("task/" + c.taskId() + "/form"),
          c -> c.second().getEngine("task/" + c.taskId() + "/form-variables?deserializeValues=false"));

      assertThat(answers.get(0).status()).as(summary(answers)).isEqualTo(204);
      for (Response opened : answers.subList(1, 3)) {
        assertThat(opened.status()).as(summary(answers)).isIn(200, 404);
        if (opened.status() == 404) {
          assertThat(message(opened)).startsWith("Бул тапшырманы Депутат 1")
              .contains("Эту задачу уже выполнил(а) Депутат 1").doesNotContain("Exception", council.taskId());
        }
      }
      // once it is done, the form is always told so, and nothing was entered that is lost
      Response after = council.second().getEngine("task/" + council.taskId() + "/form");
      assertThat(after.status()).isEqualTo(404);
      assertThat(message(after)).startsWith("Бул тапшырманы Депутат 1").doesNotContain("не сохранены");
    }
  }

  @Test
  void aClaimAndAnotherDeputysSubmissionAtOnceNeverAnswer500() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Council council = council("katran.deputy1", "katran.deputy2");

      List<Response> answers = council.atOnce(c -> c.claim(c.first(), "katran.deputy1"), c -> c.submit(c.second()));

      Response claim = answers.get(0);
      Response submission = answers.get(1);
      assertThat(answers).as(summary(answers)).allSatisfy(a -> assertThat(a.status()).isIn(204, 409));
      if (submission.status() == 204) {
        // completed first: the claim came too late and is told by whom
        assertThat(claim.status()).isEqualTo(409);
        assertThat(message(claim)).contains("Эту задачу уже выполнил(а) Депутат 2");
      } else {
        assertThat(claim.status()).isEqualTo(204);
        assertThat(message(submission)).satisfiesAnyOf(
            m -> assertThat(m).contains("Эту задачу взял(а) в работу Депутат 1"),
            m -> assertThat(m).contains("В этот же момент это изменил другой пользователь"));
        assertThat(council.assignee()).isEqualTo("katran.deputy1");
      }
    }
  }

  @Test
  void commissionMembersScoringAtTheSameMomentAllSucceedAndTheScoringJoinsOnce() throws Exception {
    String m = "karakol";
    CompetitionDriver driver = new CompetitionDriver(engine, intake);
    ProcessInstance competition = driver.start(m, 500_000);
    String call = driver.announce(competition, m, 450_000, TODAY.plusDays(30));
    String first = driver.submit(call, driver.application("«Балдарга тирек» КФ", "publicFund", "01507201510234",
        400_000, "Мигранттардын балдары")).registrationNumber();
    String second = driver.submit(call, driver.application("«Улукман дарыгер» КБ", "publicAssociation",
        "02811200910187", 380_000, "Зомбулуктан жабыркаган аялдар")).registrationNumber();
    driver.closeCall(competition);
    List<Task> sheets = driver.tasks(competition, "ScoreApplications");
    assertThat(sheets).extracting(Task::getAssignee)
        .containsExactly(m + ".commission1", m + ".commission2", m + ".commission3");

    List<Callable<Response>> submissions = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      Task sheet = sheets.get(i);
      WebappClient member = loggedIn(sheet.getAssignee());
      Map<String, Object> variables = WebappClient.asTasklistSends(driver.sheet(sheet, Map.of(first, 7 + i, second, 5 + i), Set.of()));
      submissions.add(() -> member.postEngine("task/" + sheet.getId() + "/submit-form", Map.of("variables", variables)));
    }

    List<Response> answers = atOnce(submissions);

    assertThat(answers).as(summary(answers)).allSatisfy(a -> assertThat(a.status()).isEqualTo(204));
    // each member's end is a job of its own; the job executor runs one process's exclusive jobs one
    // after another, so the join's counters are never written by two at once
    List<Job> ends = engine.getManagementService().createJobQuery().processInstanceId(competition.getId())
        .activityId("ScoreApplications").list();
    assertThat(ends).hasSize(3).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isTrue());
    driver.runJobs(competition);
    assertThat(driver.tasks(competition, "RecordProtocol")).hasSize(1);
    assertThat(jdbc.queryForObject("select count(distinct member) from so_competition_score where call_number = ?",
        Integer.class, call)).isEqualTo(3);
  }

  @Test
  void aHundredNgosSubmittingAtTheDeadlineAreEachRegisteredOrRefusedAndNoneIsLost() throws Exception {
    String m = "katran";
    CompetitionDriver driver = new CompetitionDriver(engine, intake);
    ProcessInstance competition = driver.start(m, 500_000);
    String call = driver.announce(competition, m, 450_000, TODAY.plusDays(30));
    Instant deadline = calls.get(call).deadlineAt();
    int inTime = 60;
    int late = 40;
    List<PortalClient> browsers = new ArrayList<>();
    List<Map<String, Object>> forms = new ArrayList<>();
    for (int i = 0; i < inTime + late; i++) {
      PortalClient browser = new PortalClient(port);
      browsers.add(browser);
      forms.add(form(browser, call, i));
    }

    // the last second of the last day: sixty NGOs press "submit" together
    clock.moveTo(deadline.minusSeconds(1));
    List<HttpResponse<String>> first = atOnce(submissions(browsers, forms, call, 0, inTime));
    // the deadline itself: forty more, together
    clock.moveTo(deadline);
    List<HttpResponse<String>> second = atOnce(submissions(browsers, forms, call, inTime, inTime + late));

    assertThat(first).as("in time").allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(302));
    assertThat(second).as("late").allSatisfy(r -> {
      assertThat(r.statusCode()).isEqualTo(422);
      // the page says the call is closed, not "correct the marked fields"
      assertThat(r.body()).contains("кабыл алуу <strong>" + PublicFormat.day(TODAY.plusDays(30)),
          "Приём заявок на этот конкурс закончился <strong>" + PublicFormat.day(TODAY.plusDays(30)))
          .doesNotContain("исправьте отмеченные поля");
    });
    List<Application> registered = applications.ofCall(call);
    // every one in time is registered once, with its own consecutive number and receipt
    assertThat(registered).hasSize(inTime);
    assertThat(registered).extracting(Application::registrationNumber).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, inTime)
            .mapToObj(n -> call + "-" + String.format(Locale.ROOT, "%03d", n)).toList());
    assertThat(registered).allSatisfy(a -> assertThat(a.submittedAt()).isBefore(deadline));
    assertThat(registered).extracting(Application::taxNumber).containsExactlyInAnyOrderElementsOf(
        forms.subList(0, inTime).stream().map(f -> (String) f.get("taxNumber")).toList());
    for (int i = 0; i < inTime; i++) {
      String receipt = first.get(i).headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
      HttpResponse<String> page = browsers.get(i).get(receipt);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains((String) forms.get(i).get("organisationName"));
    }
    // counts add up: sixty receipts and forty refusals for a hundred submissions, none lost
    assertThat(first.size() + second.size()).isEqualTo(registered.size() + late);
  }

  private List<Callable<HttpResponse<String>>> submissions(List<PortalClient> browsers,
      List<Map<String, Object>> forms, String call, int from, int to) {
    List<Callable<HttpResponse<String>>> submissions = new ArrayList<>();
    for (int i = from; i < to; i++) {
      PortalClient browser = browsers.get(i);
      Map<String, Object> form = forms.get(i);
      submissions.add(() -> browser.post("/portal/calls/" + call + "/apply", form));
    }
    return submissions;
  }

  /** The portal's form as NGO number {@code n} fills it, with the token its browser got. */
  private static Map<String, Object> form(PortalClient browser, String call, int n) {
    return PortalClient.application(browser.token("/portal/calls/" + call + "/apply"), 2_203_200_610_000L + n,
        400_000);
  }

  private static Map<String, Object> visit(String findings, String rating) {
    return Map.of("variables", Map.of(
        "visitDate", Map.of("value", TODAY.toString()),
        "membersPresent", Map.of("type", "Json", "value", "[\"" + TrancheDriver.LEADER + "\"]"),
        "findings", Map.of("value", findings),
        "monitoringRating", Map.of("value", rating),
        "expensesConfirmed", Map.of("value", true)));
  }

  /** A council's task waiting for its deputies, and two of them (or one, twice) in Tasklist. */
  Council council(String first, String second) {
    return new Council(engine, ThemesBeforeCouncil.of(engine, "katran", TODAY), loggedIn(first), loggedIn(second));
  }

  record Council(ProcessEngine engine, ThemesBeforeCouncil themes, WebappClient first, WebappClient second) {

    String taskId() {
      return themes.taskId();
    }

    Response submit(WebappClient deputy) {
      return deputy.postEngine("task/" + taskId() + "/submit-form", themes.approval());
    }

    Response claim(WebappClient deputy, String user) {
      return deputy.postEngine("task/" + taskId() + "/claim", Map.of("userId", user));
    }

    String assignee() {
      return engine.getTaskService().createTaskQuery().taskId(taskId()).singleResult().getAssignee();
    }

    /** What the deputies do, released together. */
    @SafeVarargs
    final List<Response> atOnce(Function<Council, Response>... steps) throws Exception {
      return Together.atOnce(Arrays.stream(steps)
          .map(step -> (Callable<Response>) () -> step.apply(this)).toList());
    }
  }

  /** The answer of the race's loser. */
  static Response lost(List<Response> answers) {
    return answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
  }

  static String message(Response answer) {
    return answer.json().path("message").asText();
  }

  static String summary(List<Response> answers) {
    return answers.stream().map(a -> a.status() + " " + a.text()).collect(Collectors.joining("\n"));
  }
}
