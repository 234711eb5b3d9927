package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionDriver.TAX_AIMIRA;
import static kg.socialorder.competition.CompetitionDriver.TAX_ULUKMAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The competition's list forms submitted the way Tasklist submits a Camunda Form: a list goes back
 * with the type of the variable Tasklist loaded, and a list row keeps only the fields the form
 * shows (form-js drops the rest).
 */
abstract class CompetitionInTasklistScenarios extends WebappTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String M = "katran";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  ApplicationRegister applications;

  CompetitionDriver driver;

  @BeforeEach
  void driver() {
    driver = new CompetitionDriver(engine, intake);
  }

  @Test
  void theCoordinatorRegistersAPaperApplicationInTasklist() throws Exception {
    ProcessInstance competition = driver.start(M, 300_000);
    String call = driver.announce(competition, M, 300_000, TODAY.plusDays(30));
    WebappClient coordinator = loggedIn(M + ".coordinator");
    String taskId = openTask(coordinator, competition, "RegisterPaperApplication");
    assertThat(coordinator.postEngine("task/" + taskId + "/claim", Map.of("userId", M + ".coordinator")).status())
        .isEqualTo(204);

    JsonNode loaded = formVariables(coordinator, taskId);
    Map<String, Object> paper = driver.application("«Инсан-Лейлек» КФ", "publicFund", TAX_ULUKMAN, 250_000,
        "Балдар үчүн биригели!");
    paper.put("budgetLines", List.of(Map.of("item", "Тарбиячылар / Воспитатели", "amount", 200_000),
        Map.of("item", "Эмерек / Мебель", "amount", 50_000)));
    paper.put("declarationConfirmed", true);
    Response submitted = coordinator.postEngine("task/" + taskId + "/submit-form",
        Map.of("variables", asTasklistSends(paper, loaded)));

    assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
    Application registered = applications.findByRegistrationNumber(call + "-001").orElseThrow();
    assertThat(registered.channel()).isEqualTo("paper");
    assertThat(registered.budgetLines()).hasSize(2);
    // the next form loads nothing of the first application and is submitted the same way
    String next = openTask(coordinator, competition, "RegisterPaperApplication");
    JsonNode blank = formVariables(coordinator, next);
    assertThat(blank.path("organisationName").isMissingNode()).as(blank.toString()).isTrue();
    assertThat(blank.path("budgetLines").isMissingNode()).as(blank.toString()).isTrue();
    assertThat(coordinator.postEngine("task/" + next + "/claim", Map.of("userId", M + ".coordinator")).status())
        .isEqualTo(204);
    Map<String, Object> second = driver.application("«Улукман дарыгер» КБ", "publicAssociation", TAX_AIMIRA,
        200_000, "Ден соолук");
    second.put("budgetLines", List.of(Map.of("item", "Дары-дармек / Лекарства", "amount", 200_000)));
    second.put("declarationConfirmed", true);
    Response again = coordinator.postEngine("task/" + next + "/submit-form",
        Map.of("variables", asTasklistSends(second, blank)));
    assertThat(again.status()).as(again.text()).isEqualTo(204);
    assertThat(applications.findByRegistrationNumber(call + "-002").orElseThrow().organisationName())
        .isEqualTo("«Улукман дарыгер» КБ");
  }

  @Test
  void aMemberScoresWithTheRowsTheFormShows() throws Exception {
    ProcessInstance competition = driver.start(M, 300_000);
    String call = driver.announce(competition, M, 300_000, TODAY.plusDays(30));
    driver.submit(call, driver.application("«Инсан-Лейлек» КФ", "publicFund", TAX_AIMIRA, 250_000,
        "Балдар үчүн биригели!"));
    driver.closeCall(competition);
    driver.runJobs(competition);

    WebappClient member = loggedIn(M + ".commission2");
    String taskId = openTask(member, competition, "ScoreApplications");
    JsonNode loaded = formVariables(member, taskId);
    JsonNode form = JSON.readTree(Path.of("forms/score-applications.form").toFile());
    List<Map<String, Object>> conflicts = shownRows(form, "conflicts", loaded);
    conflicts.forEach(row -> row.put("conflictOfInterest", false));
    List<Map<String, Object>> sheet = shownRows(form, "scoresheet", loaded);
    sheet.forEach(row -> row.put("score", 7));
    assertThat(sheet).allSatisfy(row -> assertThat(row).doesNotContainKeys("applicationId", "criterion"));

    Response submitted = member.postEngine("task/" + taskId + "/submit-form", Map.of("variables",
        asTasklistSends(Map.of("conflicts", conflicts, "scoresheet", sheet), loaded)));

    assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
  }

  private String openTask(WebappClient client, ProcessInstance instance, String key) {
    Response response = client.getEngine("task?processInstanceId=" + instance.getId() + "&taskDefinitionKey=" + key);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.json()).as(response.text()).hasSize(1);
    return response.json().get(0).path("id").asText();
  }

  private JsonNode formVariables(WebappClient client, String taskId) {
    Response response = client.getEngine("task/" + taskId + "/form-variables?deserializeValues=false");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  /** Tasklist's submit: lists and records as text with the loaded variable's type (Json if none), the rest untyped. */
  private static Map<String, Object> asTasklistSends(Map<String, Object> data, JsonNode loaded) throws IOException {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : data.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof List<?> || value instanceof Map<?, ?>) {
        JsonNode known = loaded.path(entry.getKey());
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("type", known.isMissingNode() ? "Json" : known.path("type").asText());
        typed.put("valueInfo", known.isMissingNode() ? null : JSON.convertValue(known.path("valueInfo"), Map.class));
        typed.put("value", JSON.writeValueAsString(value));
        variables.put(entry.getKey(), typed);
      } else {
        Map<String, Object> untyped = new LinkedHashMap<>();
        untyped.put("value", value);
        variables.put(entry.getKey(), untyped);
      }
    }
    return variables;
  }

  /** The rows of a list variable as form-js submits them: only the keys of the list's fields. */
  private static List<Map<String, Object>> shownRows(JsonNode form, String path, JsonNode loaded) throws IOException {
    Set<String> keys = new HashSet<>();
    for (JsonNode component : form.path("components")) {
      if (path.equals(component.path("path").asText())) {
        component.path("components").forEach(field -> keys.add(field.path("key").asText()));
      }
    }
    assertThat(keys).as("fields of list " + path).isNotEmpty();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode row : JSON.readTree(loaded.path(path).path("value").asText())) {
      Map<String, Object> shown = new LinkedHashMap<>();
      row.fields().forEachRemaining(field -> {
        if (keys.contains(field.getKey())) {
          shown.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class));
        }
      });
      rows.add(shown);
    }
    return rows;
  }
}
