package kg.socialorder.reliability;

import static kg.socialorder.support.Together.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kg.socialorder.PublicFormat;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.ocds.OcdsProperties;
import kg.socialorder.ocds.ReleaseRegister;
import kg.socialorder.portal.PortalClient;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
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

  @Test
  void twoMonitorsSubmittingTheSameVisitAtOnceOneWinsTheOtherIsToldInBothLanguagesAndNothingOfHisIsStored()
      throws Exception {
    TrancheDriver tranches = new TrancheDriver(engine);
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
    assertThat(lost).singleElement().satisfies(answer -> {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().path("message").asText())
          .contains("Бул тапшырманы башка киши аткарып бүткөн")
          .contains("Эту задачу уже выполнил другой пользователь")
          .doesNotContain("Exception", "ENGINE-");
    });
    String winner = answers.get(0).status() == 204 ? "Биринчи мүчөнүн баамы" : "Экинчи мүчөнүн баамы";
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
      Map<String, Object> variables = asTasklistSends(driver.sheet(sheet, Map.of(first, 7 + i, second, 5 + i), Set.of()));
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
    ClockUtil.setCurrentTime(Date.from(deadline.minusSeconds(1)));
    List<HttpResponse<String>> first = atOnce(submissions(browsers, forms, call, 0, inTime));
    // the deadline itself: forty more, together
    ClockUtil.setCurrentTime(Date.from(deadline));
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
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_csrf", browser.token("/portal/calls/" + call + "/apply"));
    fields.put("organisationName", "«Уюм " + (n + 1) + "» КФ");
    fields.put("legalForm", "publicFund");
    fields.put("taxNumber", String.format(Locale.ROOT, "0%013d", 2_203_200_610_000L + n));
    fields.put("registrationDate", "2012-04-17");
    fields.put("contactPerson", "Байланыш " + (n + 1));
    fields.put("phone", "+996 772 000 111");
    fields.put("email", "ngo" + n + "@example.kg");
    fields.put("projectTitle", "Долбоор " + (n + 1));
    fields.put("summary", "Мектепке чейинки борбор");
    fields.put("workPlan", "1-ай: оңдоо\n2-12-ай: сабактар");
    fields.put("requestedAmount", "400000");
    fields.put("ownContribution", "0");
    fields.put("budgetItem0", "Айлык акы / Зарплата");
    fields.put("budgetAmount0", "400000");
    fields.put("declaredDocuments", List.of("charter", "registrationCertificate", "taxClearance",
        "socialFundClearance", "activityReport"));
    fields.put("declarationConfirmed", "true");
    return fields;
  }

  private static Map<String, Object> visit(String findings, String rating) {
    return Map.of("variables", Map.of(
        "visitDate", Map.of("value", TODAY.toString()),
        "membersPresent", Map.of("type", "Json", "value", "[\"" + TrancheDriver.LEADER + "\"]"),
        "findings", Map.of("value", findings),
        "monitoringRating", Map.of("value", rating),
        "expensesConfirmed", Map.of("value", true)));
  }

  /** Variables as Tasklist sends them: lists as Json text, the rest as plain values. */
  private static Map<String, Object> asTasklistSends(VariableMap variables) throws Exception {
    Map<String, Object> sent = new LinkedHashMap<>();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      sent.put(name, value instanceof JsonValue json
          ? Map.of("type", "Json", "value", JSON.writeValueAsString(JsonVariables.plain(json)))
          : Map.of("value", value.getValue()));
    }
    return sent;
  }

  static String summary(List<Response> answers) {
    return answers.stream().map(a -> a.status() + " " + a.text()).collect(Collectors.joining("\n"));
  }
}
