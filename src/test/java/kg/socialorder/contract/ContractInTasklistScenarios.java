package kg.socialorder.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.tranche.ScriptedPaymentGateway;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract as the demo users do it in Tasklist, and the payment incident as an operator sees
 * and retries it in Cockpit: through the webapps' own API, submitting forms the way Tasklist
 * submits Camunda Forms. The job executor is off in tests: the steps it would run are run here.
 */
abstract class ContractInTasklistScenarios extends WebappTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String GROUP_TASKS_FILTER = "Топтун тапшырмалары / Задачи группы";

  @Autowired
  PaymentLedger ledger;
  @Autowired
  ContractRegister contracts;
  @Autowired
  ScriptedPaymentGateway gateway;

  @AfterEach
  void gatewayWorksAgain() {
    gateway.failNext(0);
  }

  @Test
  void aContractIsSignedAndTwoTranchesArePaidReportedMonitoredAndAccepted() throws Exception {
    String number = "Б-" + UUID.randomUUID().toString().substring(0, 6);
    WebappClient coordinator = loggedIn("kanyshkyya.coordinator");
    Response started = coordinator.postEngine("process-definition/key/contract/submit-form", Map.of("variables", Map.of(
        "themeNumber", value(1),
        "problem", value("Мектепке чейинки билим берүү жетишсиз"),
        "targetGroup", value("2–6 жаштагы балдар"),
        "budgetCeiling", value(600_000),
        "winnerOrganisationName", value("«ТОС Курулуш» КБ"),
        "winnerProjectTitle", value("Баластан"),
        "winnerRequestedAmount", value(600_000))));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String contract = started.json().path("id").asText();

    submit(coordinator, contract, "DraftContract", Map.of(
        "contractNumber", value(number),
        "contractAmount", value(600_000),
        "contractStart", value("2026-03-10"),
        "contractEnd", value("2026-12-31"),
        "contractorUserId", value("toskurulush"),
        "tranchePlan", json(List.of(
            Map.of("amount", 300_000, "paymentDate", "2026-03-15", "reportDueDate", "2026-06-30",
                "deliverables", "Эмерек, 2 бөлмө, 5 тарбиячы"),
            Map.of("amount", 300_000, "paymentDate", "2026-07-10", "reportDueDate", "2026-11-30",
                "deliverables", "75 бала катталды"))),
        "indicators", json(List.of(Map.of("name", "Бала бакчага катталган балдар", "unit", "бала", "target", 75)))));

    // the winner's login sees its own tasks only; another organisation sees nothing of this contract
    WebappClient contractor = loggedIn("toskurulush");
    assertThat(contractor.getEngine("task").json())
        .allMatch(t -> t.path("assignee").asText().equals("toskurulush"))
        .anyMatch(t -> t.path("processInstanceId").asText().equals(contract));
    WebappClient otherOrganisation = loggedIn("aikol");
    assertThat(otherOrganisation.getEngine("task?processInstanceId=" + contract).json()).isEmpty();
    Response foreign = otherOrganisation.getEngine("process-instance/" + contract + "/variables");
    assertThat(foreign.status()).isIn(403, 404, 500);
    assertThat(foreign.text()).doesNotContain("toskurulush", "ТОС Курулуш", "600000");
    submit(contractor, contract, "ReviewContract", Map.of("contractorDecision", value("sign")));

    submit(loggedIn("kanyshkyya.head"), contract, "SignContract", Map.of("headSigned", value(true)));
    submit(coordinator, contract, "FormMonitoringGroup", Map.of("monitoringGroup", json(List.of(
        Map.of("userId", "kanyshkyya.monitor1", "category", "municipalitySpecialist", "chair", true),
        Map.of("userId", "kanyshkyya.monitor2", "category", "councilDeputy", "chair", false),
        Map.of("name", "Асан Токтосунов", "category", "communityLeader", "chair", false)))));
    runJob(contract, "RegisterContract");

    WebappClient finance = loggedIn("kanyshkyya.finance");
    WebappClient monitor = loggedIn("kanyshkyya.monitor1");
    for (int n = 1; n <= 2; n++) {
      String tranche = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(contract)
          .singleResult().getId();
      submit(finance, tranche, "ApprovePaymentOrder", Map.of(
          "paymentOrderNumber", value("ПП-" + n), "paymentOrderDate", value(day(TODAY)),
          "paymentApproved", value(true)));
      runJob(tranche, "RecordPayment");
      assertThat(ledger.entries("kanyshkyya", number, n)).isEqualTo(1);

      ArrayNode lines = (ArrayNode) variable(contractor, tranche, "indicatorProgress");
      lines.forEach(line -> ((ObjectNode) line).put("reached", line.path("expected").asLong()));
      submit(contractor, tranche, "SubmitTrancheReport", Map.of(
          "reportActivities", value("Эмерек сатылып алынды, тарбиячылар жумушка алынды"),
          "indicatorProgress", jsonText(lines),
          "expenses", json(List.of(Map.of("budgetLine", "Эмерек / Мебель", "amount", 290_000)))));

      // the visit reaches the group's members with a login, in the shared Tasklist filter
      assertThat(filteredTasks(monitor, GROUP_TASKS_FILTER))
          .anyMatch(t -> t.path("processInstanceId").asText().equals(tranche));
      submit(monitor, tranche, "RecordMonitoringVisit", Map.of(
          "visitDate", value(day(TODAY)),
          "membersPresent", json(List.of("Асан Токтосунов")),
          "findings", value("Бөлмөлөр даяр, балдар катышат"),
          "monitoringRating", value("good"),
          "expensesConfirmed", value(true)));
    }

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(contract)
        .singleResult().getState()).isEqualTo("COMPLETED");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(contract)
        .variableName("totalPaid").singleResult().getValue()).isEqualTo(600_000.0);
  }

  @Test
  void aPaymentIncidentIsSeenInCockpitAndRetriedThere() {
    String number = "И-" + UUID.randomUUID().toString().substring(0, 6);
    TrancheDriver tranches = new TrancheDriver(engine, contracts);
    ProcessInstance tranche = tranches.start(number, 1);
    tranches.complete(tranche, tranches.paymentOrder("ПП-9", day(TODAY)));
    gateway.failNext(3);
    String jobId = tranches.job(tranche, "RecordPayment").getId();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        engine.getManagementService().executeJob(jobId);
      } catch (RuntimeException expected) {
        // the gateway fails; the retries run out
      }
    }

    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);
    JsonNode incidents = supervisor.getEngine("incident?processInstanceId=" + tranche.getId()).json();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.path("incidentType").asText()).isEqualTo("failedJob");
      assertThat(incident.path("activityId").asText()).isEqualTo("RecordPayment");
      assertThat(incident.path("configuration").asText()).isEqualTo(jobId);
    });
    // supervisors watch, they do not retry
    assertThat(supervisor.putEngine("job/" + jobId + "/retries", Map.of("retries", 1)).status()).isEqualTo(403);

    WebappClient operator = new WebappClient(port);
    assertThat(operator.login("demo", "demo", "cockpit")).isEqualTo(200);
    Response retried = operator.putEngine("job/" + jobId + "/retries", Map.of("retries", 1));
    assertThat(retried.status()).as(retried.text()).isEqualTo(204);
    engine.getManagementService().executeJob(jobId);

    assertThat(ledger.entries("kanyshkyya", number, 1)).isEqualTo(1);
    assertThat(operator.getEngine("incident?processInstanceId=" + tranche.getId()).json()).isEmpty();
  }

  private void runJob(String instance, String activityId) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).activityId(activityId).singleResult().getId());
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
    return JSON.convertValue(response.json(), new TypeReference<List<JsonNode>>() {});
  }

  private List<JsonNode> filteredTasks(WebappClient client, String filterName) {
    String filterId = null;
    for (JsonNode filter : client.getEngine("filter").json()) {
      if (filter.path("name").asText().equals(filterName)) {
        filterId = filter.path("id").asText();
      }
    }
    assertThat(filterId).as("filter " + filterName).isNotNull();
    Response response = client.postEngine("filter/" + filterId + "/list", Map.of());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return JSON.convertValue(response.json(), new TypeReference<List<JsonNode>>() {});
  }

  private JsonNode variable(WebappClient client, String instance, String name) throws Exception {
    String taskId = tasks(client, instance).get(0).path("id").asText();
    Response response = client.getEngine("task/" + taskId + "/form-variables?deserializeValues=false");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return JSON.readTree(response.json().path(name).path("value").asText());
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** As Tasklist sends a list or record of a Camunda Form. */
  private static Map<String, Object> json(Object value) {
    return jsonText(JSON.valueToTree(value));
  }

  private static Map<String, Object> jsonText(JsonNode value) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("type", "Json");
    variable.put("value", value.toString());
    return variable;
  }
}
