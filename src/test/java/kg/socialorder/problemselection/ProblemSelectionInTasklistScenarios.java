package kg.socialorder.problemselection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Problem selection as officials do it in Tasklist: through the webapps' own API, logged in as the
 * demo users, submitting forms the way Tasklist submits Camunda Forms (lists as Json variables).
 */
abstract class ProblemSelectionInTasklistScenarios extends WebappTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void coordinatorRunsTheSelectionAndTheCouncilApprovesTwoThemes() throws Exception {
    WebappClient coordinator = loggedIn("karakol.coordinator");
    String instance = startSelection(coordinator, 400_000);

    submit(coordinator, instance, "AnnounceSelection", Map.of(
        "announcementDate", value(day(TODAY)),
        "meetings", json(List.of(Map.of("date", day(TODAY.plusDays(7)), "place", "Шаардык маданият үйү"))),
        "informationChannels", json(List.of("noticeBoard", "socialMedia"))));
    submit(coordinator, instance, "RegisterProblems", Map.of("problems", json(List.of(
        Map.of("title", "Эмгек мигранттарынын балдары", "affectedGroup", "Балдар", "source", "residentMeeting"),
        Map.of("title", "Үй-бүлөлүк зомбулуктан жабыркаган аялдар", "affectedGroup", "Аялдар", "source", "survey"),
        Map.of("title", "Спорт аянтчасы", "affectedGroup", "Жаштар", "source", "council")))));
    // the tally form arrives laid out with one line per registered problem
    JsonNode ballot = variable(coordinator, instance, "votes");
    assertThat(ballot).hasSize(3);
    ArrayNode votes = (ArrayNode) ballot;
    long[] counts = {160, 150, 93};
    for (int i = 0; i < 3; i++) {
      ((ObjectNode) votes.get(i)).put("votes", counts[i]);
    }
    submit(coordinator, instance, "RecordCommunityChoice", Map.of(
        "votingMethod", value("openVote"), "participantsTotal", value(403), "participantsWomen", value(220),
        "votes", jsonText(votes)));

    // the coordinator has no council task; a deputy of the same municipality does
    assertThat(tasks(coordinator, instance)).isEmpty();
    WebappClient deputy = loggedIn("karakol.deputy1");
    assertThat(tasks(deputy, instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("ApproveThemes");
    ArrayNode themes = (ArrayNode) variable(deputy, instance, "candidateThemes");
    ((ObjectNode) themes.get(0)).put("approved", true).put("budget", 220_000);
    ((ObjectNode) themes.get(1)).put("approved", true).put("budget", 180_000);
    submit(deputy, instance, "ApproveThemes", Map.of(
        "councilDecision", value("approve"), "candidateThemes", jsonText(themes),
        "resolutionNumber", value("7/45"), "resolutionDate", value(day(TODAY))));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getState()).isEqualTo("COMPLETED");
    List<ApprovedTheme> approved = JsonVariables.records(engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("approvedThemes")
        .singleResult().getTypedValue(), ApprovedTheme.class);
    assertThat(approved).extracting(ApprovedTheme::problem).containsExactly(
        "Эмгек мигранттарынын балдары", "Үй-бүлөлүк зомбулуктан жабыркаган аялдар");
    // the case record names the deputy whose decision ended the selection, and the resolution
    String key = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getBusinessKey();
    Map<String, Object> recorded = jdbc.queryForMap("select recorded_by, resolution_number, participants_total, "
        + "approved_budget_total from so_problem_selection where selection_key = ?", key);
    assertThat(recorded.get("recorded_by")).isEqualTo("karakol.deputy1");
    assertThat(recorded.get("resolution_number")).isEqualTo("7/45");
    assertThat(((Number) recorded.get("participants_total")).intValue()).isEqualTo(403);
    assertThat((BigDecimal) recorded.get("approved_budget_total")).isEqualByComparingTo("400000");
  }

  @Test
  void aCoordinatorOfAnotherMunicipalitySeesNothingOfIt() {
    WebappClient karakol = loggedIn("karakol.coordinator");
    String instance = startSelection(karakol, 100_000);
    String taskId = tasks(karakol, instance).get(0).path("id").asText();

    WebappClient kanyshKyya = loggedIn("kanyshkyya.coordinator");
    assertThat(kanyshKyya.getEngine("task?processInstanceId=" + instance).json()).isEmpty();
    assertThat(kanyshKyya.getEngine("task").json()).noneMatch(t -> t.path("tenantId").asText().equals("karakol"));
    assertThat(kanyshKyya.getEngine("task/" + taskId).status()).isEqualTo(404);
    assertThat(kanyshKyya.getEngine("task/" + taskId + "/variables").status()).isIn(403, 404, 500);
    assertThat(kanyshKyya.getEngine("task/" + taskId + "/variables").text()).doesNotContain("100000");
    assertThat(kanyshKyya.postEngine("task/" + taskId + "/submit-form",
        Map.of("variables", Map.of())).status()).isIn(403, 404, 500);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aRejectedFormGets400WithTheFieldNamedInBothLanguagesAndNothingIsStored() {
    WebappClient coordinator = loggedIn("katran.coordinator");
    String instance = startSelection(coordinator, 100_000);

    Response rejected = coordinator.postEngine("task/" + taskId(coordinator, instance) + "/submit-form",
        Map.of("variables", Map.of(
            "announcementDate", value(day(TODAY.minusDays(3))),
            "meetings", json(List.of(Map.of("date", day(TODAY), "place", "Клуб"))),
            "informationChannels", json(List.of("noticeBoard")))));

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().path("message").asText())
        .contains("«Жарыялоо күнү» талаасы: күн өтүп кеткен болбошу керек")
        .contains("Поле «Дата объявления»: дата не может быть в прошлом")
        .doesNotContain("Exception");
    assertThat(engine.getRuntimeService().getVariables(instance)).doesNotContainKeys("announcementDate", "meetings");
    assertThat(tasks(coordinator, instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("AnnounceSelection");
  }

  @Test
  void aSupervisorCannotStartOrCompleteWork() {
    WebappClient coordinator = loggedIn("omuraliev.coordinator");
    String instance = startSelection(coordinator, 100_000);
    String taskId = taskId(coordinator, instance);

    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "tasklist")).isEqualTo(403);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);
    // supervisors watch every municipality
    assertThat(supervisor.getEngine("process-instance/" + instance).status()).isEqualTo(200);
    assertThat(supervisor.postEngine("process-definition/key/problem-selection/submit-form",
        Map.of("variables", Map.of("programmeName", value("x")))).status()).isEqualTo(403);
    assertThat(supervisor.postEngine("task/" + taskId + "/submit-form", Map.of("variables", Map.of())).status())
        .isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  private String startSelection(WebappClient coordinator, long envelope) {
    Response started = coordinator.postEngine("process-definition/key/problem-selection/submit-form",
        Map.of("variables", Map.of(
            "programmeName", value("Социалдык тапшырык " + TODAY.getYear()),
            "year", value(TODAY.getYear()),
            "budgetEnvelope", value(envelope),
            "themesPlanned", value(2))));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private void submit(WebappClient client, String instance, String taskKey, Map<String, Object> variables) {
    List<JsonNode> open = tasks(client, instance);
    assertThat(open).extracting(t -> t.path("taskDefinitionKey").asText()).containsExactly(taskKey);
    Response response = client.postEngine("task/" + open.get(0).path("id").asText() + "/submit-form",
        Map.of("variables", variables));
    assertThat(response.status()).as(response.text()).isEqualTo(204);
  }

  private List<JsonNode> tasks(WebappClient client, String instance) {
    Response response = client.getEngine("task?processInstanceId=" + instance);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return List.copyOf(JSON.convertValue(response.json(), new com.fasterxml.jackson.core.type.TypeReference<List<JsonNode>>() {}));
  }

  private String taskId(WebappClient client, String instance) {
    return tasks(client, instance).get(0).path("id").asText();
  }

  private JsonNode variable(WebappClient client, String instance, String name) throws Exception {
    Response response = client.getEngine("task/" + taskId(client, instance) + "/form-variables?deserializeValues=false");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return JSON.readTree(response.json().path(name).path("value").asText());
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** As Tasklist sends a list or record of a Camunda Form. */
  private static Map<String, Object> json(Object value) {
    try {
      return jsonText(JSON.valueToTree(value));
    } catch (IllegalArgumentException e) {
      throw e;
    }
  }

  private static Map<String, Object> jsonText(JsonNode value) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("type", "Json");
    variable.put("value", value.toString());
    return variable;
  }
}
