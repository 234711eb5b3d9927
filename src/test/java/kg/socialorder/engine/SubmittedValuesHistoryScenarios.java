package kg.socialorder.engine;

import static kg.socialorder.support.WebappClient.asTasklistSends;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.procedure.OrderForms;
import kg.socialorder.procedure.SelectionForms;
import kg.socialorder.procedure.SelectionForms.Meeting;
import kg.socialorder.procedure.SelectionForms.Problem;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history the application keeps (application.yaml, {@code full-submitted}), read as the
 * supervisor reads it in Cockpit, through the webapps' API: every value an official submitted,
 * with the task and the operation that submitted it; the last value of every variable; decisions,
 * the operation log and the job log. Values the process sets for itself leave no detail row.
 */
abstract class SubmittedValuesHistoryScenarios extends WebappTest {

  static final String M = "karakol";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  DataSource dataSource;

  @Test
  void everyValueAnOfficialSubmittedIsInHistoryWithTheTaskAndTheOperationThatSubmittedIt() {
    WebappClient coordinator = loggedIn(M + ".coordinator");
    String instance = startSelection(coordinator);
    VariableMap announcement = SelectionForms.announcement(TODAY,
        List.of(new Meeting(TODAY.plusDays(7), "Шаардык маданият үйү")), List.of("noticeBoard"), "Чакырабыз");
    submit(coordinator, instance, "AnnounceSelection", announcement);
    submit(coordinator, instance, "RegisterProblems", SelectionForms.problems(List.of(
        new Problem("Эмгек мигранттарынын балдары", "", "Балдар", "residentMeeting"),
        new Problem("Спорт аянтчасы", "", "Жаштар", "council"))));
    VariableMap choice = SelectionForms.choice(403, 220L, List.of(160L, 150L));
    String choiceTask = submit(coordinator, instance, "RecordCommunityChoice", choice);

    WebappClient supervisor = cockpit();
    // the tally: exactly the four fields of the form, as the coordinator sent them
    String activity = activityInstance(supervisor, instance, "RecordCommunityChoice");
    List<JsonNode> submitted = list(supervisor, "history/detail?variableUpdates=true&deserializeValues=false"
        + "&processInstanceId=" + instance + "&activityInstanceId=" + activity);
    assertThat(submitted).extracting(d -> d.path("variableName").asText())
        .containsExactlyInAnyOrder("votingMethod", "participantsTotal", "participantsWomen", "votes");
    assertThat(value(submitted, "participantsTotal").asLong()).isEqualTo(403);
    assertThat(value(submitted, "votes").asText()).contains("160", "150");
    // … by the coordinator, in the operation that completed the task
    List<JsonNode> completion = list(supervisor, "history/user-operation?taskId=" + choiceTask
        + "&operationType=Complete");
    assertThat(completion).singleElement().satisfies(entry -> {
      assertThat(entry.path("userId").asText()).isEqualTo(M + ".coordinator");
      assertThat(submitted).allSatisfy(d ->
          assertThat(d.path("userOperationId").asText()).isEqualTo(entry.path("operationId").asText()));
    });
    // the start form and the announcement too
    List<JsonNode> all = list(supervisor, "history/detail?variableUpdates=true&deserializeValues=false"
        + "&processInstanceId=" + instance);
    assertThat(all).extracting(d -> d.path("variableName").asText())
        .contains("programmeName", "year", "budgetEnvelope", "themesPlanned")
        .containsAll(announcement.keySet());
    // and nothing else: every detail row is a form's, at a user task or at the start
    List<String> forms = new ArrayList<>(list(supervisor, "history/activity-instance?activityType=userTask"
        + "&processInstanceId=" + instance).stream().map(a -> a.path("id").asText()).toList());
    forms.add(instance);
    assertThat(all).extracting(d -> d.path("activityInstanceId").asText()).allMatch(forms::contains);
  }

  @Test
  void valuesTheProcessSetsForItselfKeepTheirLastValueButNoDetail() {
    WebappClient coordinator = loggedIn(M + ".coordinator");
    String instance = startSelection(coordinator);
    submit(coordinator, instance, "AnnounceSelection", SelectionForms.announcement(TODAY,
        List.of(new Meeting(TODAY.plusDays(7), "Клуб")), List.of("noticeBoard"), "Чакырабыз"));
    submit(coordinator, instance, "RegisterProblems", SelectionForms.problems(List.of(
        new Problem("Таза суу", "", "Тургундар", "residentMeeting"))));

    WebappClient supervisor = cockpit();
    // the ballot the process laid out for the tally (a task listener) and the municipality an
    // execution listener set at the start: Cockpit shows their values …
    JsonNode ballot = variable(supervisor, instance, "votes");
    JsonNode municipality = variable(supervisor, instance, "municipality");
    assertThat(ballot.path("value").asText()).contains("Таза суу");
    assertThat(municipality.path("value").asText()).isEqualTo(M);
    // … with no detail row
    assertThat(details(supervisor, ballot)).isEmpty();
    assertThat(details(supervisor, municipality)).isEmpty();

    // once the coordinator submits the tally, its detail is the submitted value, and only that
    submit(coordinator, instance, "RecordCommunityChoice", SelectionForms.choice(40, null, List.of(40L)));
    assertThat(details(supervisor, ballot)).singleElement()
        .satisfies(d -> assertThat(d.path("value").asText()).contains("\"votes\":40"));
    // the ranking a service task computed after the tally has its value, no detail
    JsonNode ranking = variable(supervisor, instance, "ranking");
    assertThat(ranking.path("value").asText()).contains("Таза суу");
    assertThat(details(supervisor, ranking)).isEmpty();
  }

  @Test
  void aVariableAnAdministratorChangesInCockpitKeepsItsDetailWithWhoChangedIt() {
    WebappClient coordinator = loggedIn(M + ".coordinator");
    String instance = startSelection(coordinator);
    WebappClient administrator = new WebappClient(port);
    assertThat(administrator.login("demo", "demo", "cockpit")).isEqualTo(200);

    Response changed = administrator.putEngine("process-instance/" + instance + "/variables/programmeName",
        Map.of("value", "Социалдык тапшырык (оңдолгон)", "type", "String"));

    assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    WebappClient supervisor = cockpit();
    List<JsonNode> details = details(supervisor, variable(supervisor, instance, "programmeName"));
    assertThat(details).extracting(d -> d.path("value").asText())
        .containsExactlyInAnyOrder("Социалдык тапшырык " + TODAY.getYear(), "Социалдык тапшырык (оңдолгон)");
    JsonNode correction = details.stream()
        .filter(d -> d.path("value").asText().endsWith("(оңдолгон)")).findFirst().orElseThrow();
    List<JsonNode> change = list(supervisor, "history/user-operation?processInstanceId=" + instance
        + "&operationType=SetVariable");
    assertThat(change).singleElement().satisfies(entry -> {
      assertThat(entry.path("userId").asText()).isEqualTo("demo");
      assertThat(entry.path("operationId").asText()).isEqualTo(correction.path("userOperationId").asText());
    });
  }

  @Test
  void decisionsTheJobLogAndTheTasksIdentityLinksAreKept() {
    CompetitionDriver competitions = new CompetitionDriver(engine, intake);
    ProcessInstance competition = competitions.start("katran", 300_000);
    competitions.announce(competition, "katran", 300_000, TODAY.plusDays(30));

    WebappClient supervisor = cockpit();
    assertThat(list(supervisor, "history/decision-instance?includeInputs=true&includeOutputs=true"
        + "&processInstanceId=" + competition.getId()))
        .singleElement().satisfies(decision -> {
          assertThat(decision.path("decisionDefinitionKey").asText()).isEqualTo("scoring-criteria");
          assertThat(decision.path("outputs")).isNotEmpty();
        });
    assertThat(list(supervisor, "history/job-log?processInstanceId=" + competition.getId()))
        .extracting(entry -> entry.path("creationLog").asBoolean() ? "created"
            : entry.path("successLog").asBoolean() ? "succeeded" : "other")
        .contains("created", "succeeded");
    assertThat(list(supervisor, "history/identity-link-log?processDefinitionKey=competition&type=candidate"))
        .isNotEmpty();
  }

  @Test
  void aDatabaseWrittenAtFullHistoryMovesToThisLevelOnce() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String level = "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'";
    assertThat(jdbc.queryForObject(level, String.class)).isEqualTo(String.valueOf(SubmittedValuesHistoryLevel.ID));
    assertThat(engine.getManagementService().getHistoryLevel()).isEqualTo(SubmittedValuesHistoryLevel.ID);

    jdbc.update("update ACT_GE_PROPERTY set VALUE_ = '3' where NAME_ = 'historyLevel'");
    SubmittedValuesHistoryPlugin.moveFromFull(dataSource, "ACT_GE_PROPERTY");
    assertThat(jdbc.queryForObject(level, String.class)).isEqualTo(String.valueOf(SubmittedValuesHistoryLevel.ID));

    // another level (say audit, chosen on purpose) is left for the engine to refuse
    jdbc.update("update ACT_GE_PROPERTY set VALUE_ = '2' where NAME_ = 'historyLevel'");
    try {
      SubmittedValuesHistoryPlugin.moveFromFull(dataSource, "ACT_GE_PROPERTY");
      assertThat(jdbc.queryForObject(level, String.class)).isEqualTo("2");
    } finally {
      jdbc.update("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel'",
          String.valueOf(SubmittedValuesHistoryLevel.ID));
    }
  }

  private String startSelection(WebappClient coordinator) {
    Response started = coordinator.postEngine("process-definition/key/problem-selection/submit-form",
        Map.of("variables", asTasklistSends(OrderForms.start("Социалдык тапшырык " + TODAY.getYear(),
            TODAY.getYear(), BigDecimal.valueOf(100_000), 1))));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  /** Submits the form of the instance's one open task as Tasklist does; returns the task's id. */
  private String submit(WebappClient client, String instance, String taskKey, VariableMap form) {
    List<JsonNode> open = list(client, "task?processInstanceId=" + instance);
    assertThat(open).extracting(t -> t.path("taskDefinitionKey").asText()).containsExactly(taskKey);
    String taskId = open.get(0).path("id").asText();
    Response response = client.postEngine("task/" + taskId + "/submit-form",
        Map.of("variables", asTasklistSends(form)));
    assertThat(response.status()).as(response.text()).isEqualTo(204);
    return taskId;
  }

  private WebappClient cockpit() {
    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);
    return supervisor;
  }

  private String activityInstance(WebappClient client, String instance, String activity) {
    return list(client, "history/activity-instance?processInstanceId=" + instance + "&activityId=" + activity)
        .get(0).path("id").asText();
  }

  /** A variable as Cockpit's history shows it (its last value). */
  private JsonNode variable(WebappClient client, String instance, String name) {
    List<JsonNode> found = list(client, "history/variable-instance?deserializeValues=false&processInstanceId="
        + instance + "&variableName=" + name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  private List<JsonNode> details(WebappClient client, JsonNode variable) {
    return list(client, "history/detail?deserializeValues=false&variableInstanceId=" + variable.path("id").asText());
  }

  private static JsonNode value(List<JsonNode> details, String name) {
    return details.stream().filter(d -> d.path("variableName").asText().equals(name)).findFirst().orElseThrow()
        .path("value");
  }

  private static List<JsonNode> list(WebappClient client, String path) {
    Response response = client.getEngine(path);
    assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false).toList();
  }
}
