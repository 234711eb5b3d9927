package kg.socialorder.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Municipalities are Camunda tenants: the people of Kanysh-Kyya see nothing of Karakol's work in
 * any webapp, and even someone of Karakol allowed to read every process, its history and Cockpit
 * sees Karakol's work only.
 */
class MunicipalitiesInWebappsTest extends TwoMunicipalitiesWebappTest {

  static final String WATCHER = "karakol.watcher";

  static final List<String> HISTORY = List.of("process-instance", "task", "variable-instance", "detail",
      "activity-instance", "user-operation", "identity-link-log", "decision-instance", "incident", "job-log");

  static Stream<String> peopleOfKanyshKyya() {
    return Stream.of("kanyshkyya.coordinator", "kanyshkyya.head", "kanyshkyya.finance", "kanyshkyya.deputy1",
        "kanyshkyya.commission1", "kanyshkyya.monitor1", "toskurulush");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("peopleOfKanyshKyya")
  void seesNothingOfAnotherMunicipalitysTasksInstancesVariablesOrHistory(String person) {
    WebappClient user = loggedIn(person);

    assertThat(list(user.getEngine("task?maxResults=2000"), "tasks"))
        .allSatisfy(task -> assertThat(task.path("tenantId").asText()).isEqualTo(THERE));
    assertThat(list(user.getEngine("task?tenantIdIn=" + HERE), "tasks of " + HERE)).isEmpty();
    for (JsonNode filter : list(user.getEngine("filter"), "filters")) {
      assertThat(list(user.postEngine("filter/" + filter.path("id").asText() + "/list", Map.of()), "filter"))
          .allSatisfy(task -> assertThat(task.path("tenantId").asText()).isEqualTo(THERE));
    }
    for (Task task : here.tasks(engine)) {
      String what = person + " on " + task.getTaskDefinitionKey() + " of " + HERE;
      assertThat(user.getEngine("task/" + task.getId()).status()).as(what).isEqualTo(404);
      assertRefused(user.getEngine("task/" + task.getId() + "/form-variables?deserializeValues=false"), what,
          here.marker());
      assertRefused(user.postEngine("task/" + task.getId() + "/claim", Map.of("userId", person)), what + " claim");
      assertRefused(user.postEngine("task/" + task.getId() + "/submit-form", Map.of("variables", Map.of())),
          what + " complete");
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
          .isEqualTo(task.getAssignee());
    }
    for (ProcessInstance instance : here.instances()) {
      String id = instance.getId();
      assertRefused(user.getEngine("process-instance/" + id), person + " instance");
      assertRefused(user.getEngine("process-instance/" + id + "/variables?deserializeValues=false"),
          person + " variables", here.marker());
      assertThat(list(user.getEngine("task?processInstanceId=" + id), "tasks")).isEmpty();
      assertThat(list(user.getEngine("variable-instance?deserializeValues=false&processInstanceIdIn=" + id),
          "variables")).isEmpty();
      for (String history : HISTORY) {
        assertThat(list(user.getEngine("history/" + history + "?processInstanceId=" + id), history))
            .as(person + " history " + history).isEmpty();
      }
    }
  }

  @Test
  void someoneAllowedToReadEveryProcessAndItsHistorySeesOnlyTheirMunicipality() {
    WebappClient watcher = municipalWatcher();
    Set<String> ours = instanceIds(here);
    Set<String> theirs = instanceIds(there);

    List<JsonNode> instances = list(watcher.getEngine("process-instance?maxResults=5000"), "instances");
    assertThat(instances).extracting(i -> i.path("id").asText()).containsAll(ours).doesNotContainAnyElementsOf(theirs);
    assertThat(instances).allSatisfy(i -> assertThat(i.path("tenantId").asText()).isEqualTo(HERE));
    assertThat(list(watcher.getEngine("task?maxResults=5000"), "tasks")).isNotEmpty()
        .allSatisfy(task -> assertThat(task.path("tenantId").asText()).isEqualTo(HERE));
    Response ourVariables = watcher.getEngine(
        "process-instance/" + here.scoring().getId() + "/variables?deserializeValues=false");
    assertThat(ourVariables.text()).contains(here.marker());
    assertRefused(watcher.getEngine("process-instance/" + there.scoring().getId() + "/variables"), "their variables",
        there.marker());

    // every list, the engine's and Cockpit's own, read whole: nothing of Kanysh-Kyya in any of them
    Map<String, Response> lists = new java.util.LinkedHashMap<>();
    lists.put("variables", watcher.getEngine("variable-instance?maxResults=5000&deserializeValues=false"));
    lists.put("executions", watcher.getEngine("execution?maxResults=5000"));
    lists.put("jobs", watcher.getEngine("job?maxResults=5000"));
    lists.put("incidents", watcher.getEngine("incident"));
    for (String history : HISTORY) {
      lists.put("history " + history, watcher.getEngine("history/" + history + "?maxResults=5000"
          + (history.equals("variable-instance") || history.equals("detail") ? "&deserializeValues=false" : "")));
    }
    lists.put("Cockpit's instance list", watcher.post("/api/cockpit/plugin/base/default/process-instance",
        Map.of("processDefinitionId", here.scoring().getProcessDefinitionId())));
    lists.put("Cockpit's called instances of their contract", watcher.post("/api/cockpit/plugin/base/default/"
        + "process-instance/" + there.paymentContract().getId() + "/called-process-instances", Map.of()));
    lists.put("Cockpit's called processes", watcher.get("/api/cockpit/plugin/base/default/process-definition/"
        + here.paymentContract().getProcessDefinitionId() + "/called-process-definitions"));
    lists.put("Cockpit's incidents", watcher.post("/api/cockpit/plugin/base/default/incident",
        Map.of("processDefinitionIdIn", List.of(here.scoring().getProcessDefinitionId()))));
    lists.forEach((what, response) -> {
      assertThat(list(response, what)).as(what).allSatisfy(item ->
          assertThat(item.path("tenantId").asText(HERE)).as(what + ": " + item).isIn(HERE, "null", ""));
      for (String id : theirs) {
        assertThat(response.text()).as(what).doesNotContain(id);
      }
      assertThat(response.text()).as(what).doesNotContain(there.marker());
    });
    assertThat(list(watcher.post("/api/cockpit/plugin/base/default/process-instance/" + here.paymentContract().getId()
        + "/called-process-instances", Map.of()), "our called instances"))
        .extracting(i -> i.path("id").asText()).containsExactly(here.payment().getId());

    // the dashboard's and the engine's counts are Karakol's
    for (JsonNode definition : list(watcher.get("/api/cockpit/plugin/base/default/process-definition/statistics"),
        "Cockpit's dashboard")) {
      String key = definition.path("key").asText();
      assertThat(definition.path("instances").asLong()).as("Cockpit counts " + key).isEqualTo(
          engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).tenantIdIn(HERE).count());
    }
    for (JsonNode statistics : list(watcher.getEngine("process-definition/statistics"), "statistics")) {
      String definitionId = statistics.path("id").asText();
      assertThat(statistics.path("instances").asLong()).as("engine counts " + definitionId).isEqualTo(
          engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definitionId)
              .tenantIdIn(HERE).count());
    }
  }

  /**
   * A Karakol official with the widest reading there is short of the administrator: Cockpit, every
   * process definition with its instances, tasks and history, every decision table.
   */
  private WebappClient municipalWatcher() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(WATCHER).count() == 0) {
      User user = identity.newUser(WATCHER);
      user.setFirstName("Байкоочу");
      user.setLastName("Каракол");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createTenantUserMembership(HERE, WATCHER);
      grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
          Permissions.READ_TASK);
      grant(Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(Resources.TASK, "*", Permissions.READ);
      grant(Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    }
    WebappClient watcher = new WebappClient(port);
    assertThat(watcher.login(WATCHER, "demo", "cockpit")).isEqualTo(200);
    return watcher;
  }

  private void grant(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(WATCHER);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(authorization);
  }

  /** The watcher exists only in this test: other tests share the database. */
  @AfterAll
  void removeTheWatcher() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    authorizations.createAuthorizationQuery().userIdIn(WATCHER).list()
        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    engine.getIdentityService().deleteUser(WATCHER);
  }
}
