package kg.socialorder.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Whoever may complete a task may set only the fields of its form: not the contract amount, the
 * municipality or the responsible coordinator of the process behind it.
 */
class FormFieldsOnlyTest extends WebappTest {

  static final Map<String, Object> CONTRACT_START = Map.of(
      "themeNumber", value(1),
      "problem", value("Мектепке чейинки билим берүү жетишсиз"),
      "targetGroup", value("2–6 жаштагы балдар"),
      "budgetCeiling", value(600_000),
      "winnerOrganisationName", value("«ТОС Курулуш» КБ"),
      "winnerProjectTitle", value("Баластан"),
      "winnerRequestedAmount", value(600_000));

  @Test
  void aStartFormThatSendsAVariableItDoesNotHaveStartsNothing() {
    WebappClient coordinator = loggedIn("kanyshkyya.coordinator");
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract").count();

    Response refused = coordinator.postEngine("process-definition/key/contract/submit-form",
        Map.of("variables", with(CONTRACT_START, "municipality", value("karakol"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText())
        .startsWith("бул формада мындай талаа жок: municipality / в этой форме нет такого поля: municipality (код: ");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract").count())
        .isEqualTo(before);
  }

  @Test
  void aTaskCannotBeCompletedOrChangedWithVariablesItsFormDoesNotHave() {
    WebappClient coordinator = loggedIn("kanyshkyya.coordinator");
    Response started = coordinator.postEngine("process-definition/key/contract/submit-form",
        Map.of("variables", CONTRACT_START));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String contract = started.json().path("id").asText();
    Task draft = engine.getTaskService().createTaskQuery().processInstanceId(contract).singleResult();
    assertThat(draft.getTaskDefinitionKey()).isEqualTo("DraftContract");

    Response completed = coordinator.postEngine("task/" + draft.getId() + "/submit-form", Map.of("variables", Map.of(
        "contractNumber", value("Б-1"), "budgetCeiling", value(900_000), "responsibleCoordinator", value("aikol"))));
    Response put = coordinator.putEngine("task/" + draft.getId() + "/variables/budgetCeiling", value(900_000));
    Response modified = coordinator.postEngine("task/" + draft.getId() + "/variables",
        Map.of("modifications", Map.of("contractNumber", value("Б-1")), "deletions", List.of("municipality")));

    assertThat(List.of(completed.status(), put.status(), modified.status())).containsOnly(400);
    assertThat(completed.json().path("message").asText())
        .contains("budgetCeiling, responsibleCoordinator").doesNotContain("contractNumber");
    assertThat(modified.json().path("message").asText()).contains("municipality");
    assertThat(engine.getTaskService().createTaskQuery().taskId(draft.getId()).count()).isOne();
    assertThat(engine.getRuntimeService().getVariables(contract))
        .containsEntry("budgetCeiling", 600_000.0)
        .containsEntry("municipality", "kanyshkyya")
        .containsEntry("responsibleCoordinator", "kanyshkyya.coordinator")
        .doesNotContainKey("contractNumber");

    Response onTheForm = coordinator.postEngine("task/" + draft.getId() + "/variables",
        Map.of("modifications", Map.of("contractNumber", value("Б-1"))));
    assertThat(onTheForm.status()).as(onTheForm.text()).isEqualTo(204);
  }

  private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>(variables);
    copy.put(name, value);
    return copy;
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
