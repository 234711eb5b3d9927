package kg.socialorder.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each role, logged in to the webapps as a demo user of Karakol, through the webapps' own API:
 * what it may do, and that everything else is refused. The table says per role which tasks of the
 * diagrams are its own and which processes it may start; the tests hold every response against it.
 */
class RolesInWebappsTest extends TwoMunicipalitiesWebappTest {

  static final Set<String> PROCESSES = Set.of("social-order", "problem-selection", "competition", "contract",
      "tranche", "final-report");

  /** A role's rights: the user under test, the user tasks of the diagrams that are its, what it starts. */
  record Rights(Role role, String user, Set<String> tasks, Set<String> starts) {
    @Override
    public String toString() {
      return role.groupId() + " (" + user + ")";
    }
  }

  static final List<Rights> TASKLIST_ROLES = List.of(
      new Rights(Role.COORDINATOR, "karakol.coordinator",
          Set.of("AnnounceSelection", "RegisterProblems", "RecordCommunityChoice", "PrepareCall",
              "RegisterPaperApplication", "DecideFailedCompetition", "DraftContract", "FormMonitoringGroup",
              "DecideOnOverdueReport", "RecordPublicHearing"),
          Set.copyOf(IdentitySetup.STARTABLE_BY_COORDINATOR)),
      new Rights(Role.HEAD, "karakol.head",
          Set.of("ApproveCall", "ReviewAppeals", "SignContract", "DecideOnSuspension", "CloseSocialOrder"), Set.of()),
      new Rights(Role.FINANCE, "karakol.finance", Set.of("ApprovePaymentOrder", "RecordRefund"), Set.of()),
      new Rights(Role.COUNCIL, "karakol.deputy1", Set.of("ApproveThemes"), Set.of()),
      new Rights(Role.COMMISSION, "karakol.commission1", Set.of("ScoreApplications", "RecordProtocol"), Set.of()),
      new Rights(Role.MONITORING, "karakol.monitor1", Set.of("RecordMonitoringVisit", "FinalEvaluation"), Set.of()),
      new Rights(Role.CONTRACTOR, WINNER, Set.of("ReviewContract", "SubmitTrancheReport", "SubmitFinalReport"),
          Set.of()));

  static Stream<Rights> tasklistRoles() {
    return TASKLIST_ROLES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasklistRoles")
  void seesOnlyTheTasksOfItsRoleAndMunicipalityAndOpensTheirForms(Rights rights) {
    WebappClient user = loggedIn(rights.user());

    List<JsonNode> tasks = list(user.getEngine("task?maxResults=2000"), "task list");
    assertThat(tasks).as("tasks of " + rights).allSatisfy(task -> {
      assertThat(task.path("tenantId").asText()).isEqualTo(HERE);
      assertThat(rights.tasks()).contains(task.path("taskDefinitionKey").asText());
    });
    List<Task> own = here.tasks(engine).stream().filter(task -> mayWorkOn(rights.user(), task)).toList();
    assertThat(own).as("the fixture has work for " + rights).isNotEmpty();
    assertThat(tasks).extracting(task -> task.path("id").asText())
        .containsAll(own.stream().map(Task::getId).toList());
    for (Task task : own) {
      assertThat(user.getEngine("task/" + task.getId()).status()).isEqualTo(200);
      Response form = user.getEngine("task/" + task.getId() + "/form-variables?deserializeValues=false");
      assertThat(form.status()).as(form.text()).isEqualTo(200);
    }
    // the shared Tasklist filters show no more than the task list
    for (JsonNode filter : list(user.getEngine("filter"), "filters")) {
      assertThat(list(user.postEngine("filter/" + filter.path("id").asText() + "/list", Map.of()), "filter"))
          .allSatisfy(task -> assertThat(tasks).extracting(t -> t.path("id").asText())
              .contains(task.path("id").asText()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasklistRoles")
  void seesOnEveryTaskCardItsCaseAndTheFiltersPutTheEarliestDueDateFirst(Rights rights) {
    WebappClient user = loggedIn(rights.user());
    List<Task> own = here.tasks(engine).stream().filter(task -> mayWorkOn(rights.user(), task)).toList();
    for (JsonNode filter : list(user.getEngine("filter"), "filters")) {
      JsonNode properties = filter.path("properties");
      assertThat(properties.has("variables")).as("cards show the description, not variables").isFalse();
      assertThat(filter.path("name").asText()).as("named in Kyrgyz and Russian").contains(" / ");
      assertThat(filter.path("query").path("sorting").path(0).path("sortBy").asText()).as(filter.toString())
          .isEqualTo("dueDate");
      // what Tasklist lists on the filter's cards, as this person
      for (JsonNode card : list(user.postEngine("filter/" + filter.path("id").asText() + "/list", Map.of()), "filter")) {
        own.stream().filter(task -> task.getId().equals(card.path("id").asText())).findFirst()
            .ifPresent(task -> assertCard(rights + " on " + task.getTaskDefinitionKey(), task,
                card.path("description").asText()));
      }
    }
    for (Task task : own) {
      assertCard(rights + " on " + task.getTaskDefinitionKey(), task,
          user.getEngine("task/" + task.getId()).json().path("description").asText());
    }
  }

  /** The card's lines: the business key, the theme when the process has one, the municipality. */
  private void assertCard(String what, Task task, String description) {
    String businessKey = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    assertThat(businessKey).as(what).isNotBlank();
    List<String> lines = description.lines().toList();
    assertThat(lines.get(0)).as(what).isEqualTo("Номер: " + businessKey);
    assertThat(lines.get(lines.size() - 1)).as(what).isEqualTo("Муниципалитет: Каракол шаары / город Каракол");
    // a tranche's theme is its calling contract's
    Object theme = engine.getRuntimeService().getVariable(task.getExecutionId(), "themeNumber");
    if (theme != null) {
      assertThat(lines).as(what).hasSize(3);
      assertThat(lines.get(1)).as(what).startsWith("Тема: " + theme + ". ");
    }
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).as(what + ": no card variables")
        .doesNotContainKeys("caseKey", "caseTheme", "caseMunicipality");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasklistRoles")
  void isRefusedReadingClaimingAndCompletingTheTasksOfOtherRolesAndPeople(Rights rights) {
    WebappClient user = loggedIn(rights.user());
    List<Task> others = here.tasks(engine).stream().filter(task -> !mayWorkOn(rights.user(), task)).toList();
    assertThat(others).isNotEmpty();

    for (Task task : others) {
      String what = rights + " on " + task.getTaskDefinitionKey() + " of " + task.getAssignee();
      assertThat(user.getEngine("task/" + task.getId()).status()).as(what).isEqualTo(404);
      assertRefused(user.getEngine("task/" + task.getId() + "/form-variables?deserializeValues=false"),
          what + " form", here.marker());
      assertRefused(user.getEngine("task/" + task.getId() + "/variables?deserializeValues=false"),
          what + " variables", here.marker());
      assertThat(list(user.getEngine("variable-instance?taskIdIn=" + task.getId()), what)).isEmpty();
      assertRefused(user.postEngine("task/" + task.getId() + "/claim", Map.of("userId", rights.user())), what + " claim");
      assertRefused(user.postEngine("task/" + task.getId() + "/assignee", Map.of("userId", rights.user())),
          what + " assign");
      assertRefused(user.postEngine("task/" + task.getId() + "/submit-form", Map.of("variables", Map.of())),
          what + " complete");
      assertRefused(user.putEngine("task/" + task.getId() + "/variables/" + "contractAmount",
          Map.of("value", 1, "type", "Integer")), what + " set a variable");

      Task after = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
      assertThat(after).as(what + " still open").isNotNull();
      assertThat(after.getAssignee()).as(what).isEqualTo(task.getAssignee());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasklistRoles")
  void startsOnlyTheProcessesItMayStart(Rights rights) {
    WebappClient user = loggedIn(rights.user());
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    for (String process : PROCESSES) {
      Response started = user.postEngine("process-definition/key/" + process + "/submit-form",
          Map.of("variables", Map.of()));
      if (rights.starts().contains(process)) {
        // past the authorization check: the start form's own validation refuses the empty form
        assertThat(started.status()).as(rights + " starts " + process + ": " + started.text()).isEqualTo(400);
      } else {
        assertThat(started.status()).as(rights + " starts " + process + ": " + started.text()).isEqualTo(403);
      }
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasklistRoles")
  void readsNoInstanceVariableOrHistoryBeyondItsOwnTasks(Rights rights) {
    WebappClient user = loggedIn(rights.user());
    Set<String> ownTasks = Set.copyOf(here.tasks(engine).stream().filter(task -> mayWorkOn(rights.user(), task))
        .map(Task::getId).toList());

    assertThat(list(user.getEngine("process-instance"), "instances")).isEmpty();
    assertThat(list(user.getEngine("execution"), "executions")).isEmpty();
    // only the engine's own jobs that belong to no process (the nightly history cleanup)
    assertThat(list(user.getEngine("job"), "jobs")).allSatisfy(job ->
        assertThat(job.path("processInstanceId").isNull()).as(job.toString()).isTrue());
    assertThat(list(user.getEngine("incident"), "incidents")).isEmpty();
    // only the task-local variables of its own tasks (a commission member's own sheet)
    assertThat(list(user.getEngine("variable-instance?maxResults=2000&deserializeValues=false"), "variables"))
        .allSatisfy(variable -> assertThat(ownTasks).contains(variable.path("taskId").asText()));
    for (String history : List.of("process-instance", "task", "variable-instance", "detail", "activity-instance",
        "user-operation", "identity-link-log", "decision-instance", "incident", "job-log")) {
      // at most the engine's own history cleanup, which belongs to no process
      assertThat(list(user.getEngine("history/" + history), history)).as(rights + " history " + history)
          .allSatisfy(entry -> assertThat(entry.path("processInstanceId").isNull()).as(entry.toString()).isTrue());
    }
    for (ProcessInstance instance : here.instances()) {
      assertRefused(user.getEngine("process-instance/" + instance.getId()), rights + " instance");
      assertRefused(user.getEngine("process-instance/" + instance.getId() + "/variables?deserializeValues=false"),
          rights + " variables", here.marker());
      assertRefused(user.getEngine("process-instance/" + instance.getId() + "/activity-instances"),
          rights + " activities");
    }
    assertThat(list(user.getEngine("deployment"), "deployments")).isEmpty();
    assertThat(list(user.getEngine("decision-definition"), "decision tables")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasklistRoles")
  void opensNeitherCockpitNorAdminAndChangesNoUserGroupTenantOrAuthorization(Rights rights) {
    WebappClient user = loggedIn(rights.user());
    String self = rights.user();

    assertThat(new WebappClient(port).login(self, "demo", "cockpit")).isEqualTo(403);
    assertThat(new WebappClient(port).login(self, "demo", "admin")).isEqualTo(403);
    assertThat(user.get("/app/cockpit/default/").status()).isEqualTo(403);
    assertThat(user.get("/app/admin/default/").status()).isEqualTo(403);
    // Cockpit's and Admin's own API, whose statistics would count the municipality's instances
    assertThat(user.get("/api/cockpit/plugin/base/default/process-definition/statistics").status()).isEqualTo(403);
    assertThat(user.post("/api/cockpit/plugin/base/default/process-instance", Map.of()).status()).isEqualTo(403);
    assertThat(user.get("/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2026-01-01")
        .status()).isEqualTo(403);

    // itself; a coordinator also the people of its municipality a claimed task is offered to, whom it
    // may give that task to (engine/ClaimedTaskInterceptor)
    assertThat(list(user.getEngine("user"), "users")).extracting(u -> u.path("id").asText()).contains(self)
        .allSatisfy(id -> assertThat(id.equals(self) || (rights.role() == Role.COORDINATOR
            && engine.getIdentityService().createUserQuery().userId(id).memberOfTenant(HERE).count() == 1))
            .as(id).isTrue());
    assertThat(list(user.getEngine("authorization"), "authorizations")).isEmpty();
    assertThat(user.postEngine("user/create", Map.of("profile", Map.of("id", "intruder"),
        "credentials", Map.of("password", "intruder1"))).status()).isEqualTo(403);
    assertThat(user.postEngine("group/create", Map.of("id", "intruders", "name", "x")).status()).isEqualTo(403);
    assertThat(user.putEngine("group/" + Role.ADMIN_GROUP + "/members/" + self, Map.of()).status()).isEqualTo(403);
    assertThat(user.putEngine("group/" + Role.SUPERVISOR.groupId() + "/members/" + self, Map.of()).status())
        .isEqualTo(403);
    assertThat(user.putEngine("tenant/" + THERE + "/user-members/" + self, Map.of()).status()).isEqualTo(403);
    assertThat(user.postEngine("authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
        "userId", self, "resourceType", 8, "resourceId", "*")).status()).isEqualTo(403);
    assertThat(user.deleteEngine("user/" + (self.equals("karakol.head") ? "karakol.finance" : "karakol.head"))
        .status()).isEqualTo(403);
    for (JsonNode filter : list(user.getEngine("filter"), "filters")) {
      assertThat(user.putEngine("filter/" + filter.path("id").asText(), Map.of("resourceType", "Task",
          "name", filter.path("name").asText(), "query", Map.of())).status()).isEqualTo(403);
    }
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Role.ADMIN_GROUP).userId(self).count())
        .isZero();
  }

  @Test
  void aSupervisorWatchesEveryMunicipalityInCockpit() {
    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "tasklist")).isEqualTo(403);
    assertThat(supervisor.login("supervisor", "demo", "admin")).isEqualTo(403);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);

    assertThat(list(supervisor.getEngine("process-instance?maxResults=5000"), "instances"))
        .extracting(i -> i.path("id").asText()).containsAll(instanceIds(here)).containsAll(instanceIds(there));
    Response variables = supervisor.getEngine(
        "process-instance/" + there.scoring().getId() + "/variables?deserializeValues=false");
    assertThat(variables.status()).isEqualTo(200);
    assertThat(variables.text()).contains(there.marker());
    assertThat(list(supervisor.getEngine("history/variable-instance?processInstanceId=" + here.scoring().getId()),
        "history")).isNotEmpty();
    assertThat(list(supervisor.getEngine("task?processInstanceId=" + there.callApproval().getId()), "tasks"))
        .hasSize(1);
    assertThat(list(supervisor.post("/api/cockpit/plugin/base/default/process-instance",
        Map.of("processDefinitionId", here.scoring().getProcessDefinitionId())), "Cockpit's instance list"))
        .extracting(i -> i.path("id").asText()).contains(here.scoring().getId(), there.scoring().getId());
    assertThat(list(supervisor.get("/api/cockpit/plugin/base/default/process-definition/statistics"), "dashboard"))
        .isNotEmpty();
    assertThat(supervisor.get("/app/cockpit/default/").status()).isEqualTo(200);
    assertThat(supervisor.get("/app/admin/default/").status()).isEqualTo(403);
  }

  @Test
  void aSupervisorChangesNothing() {
    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);
    String instance = here.visit().getId();
    Task task = here.tasks(engine).stream().filter(t -> t.getProcessInstanceId().equals(here.callApproval().getId()))
        .findFirst().orElseThrow();
    String deployment = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
    String definition = here.visit().getProcessDefinitionId();
    // the nightly history cleanup, a job of no process
    String cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0).getId();

    Object trancheAmount = engine.getRuntimeService().getVariable(instance, "trancheAmount");
    assertThat(trancheAmount).isNotNull();

    Map<String, Response> changes = new java.util.LinkedHashMap<>();
    changes.put("claim a task", supervisor.postEngine("task/" + task.getId() + "/claim", Map.of("userId", "supervisor")));
    changes.put("complete a task", supervisor.postEngine("task/" + task.getId() + "/submit-form",
        Map.of("variables", Map.of("callDecision", Map.of("value", "approve")))));
    changes.put("start a process", supervisor.postEngine("process-definition/key/problem-selection/start", Map.of()));
    changes.put("set a variable", supervisor.putEngine("process-instance/" + instance + "/variables/trancheAmount",
        Map.of("value", 1, "type", "Integer")));
    changes.put("modify variables", supervisor.postEngine("process-instance/" + instance + "/variables",
        Map.of("deletions", List.of("trancheAmount"))));
    changes.put("suspend an instance", supervisor.putEngine("process-instance/" + instance + "/suspended",
        Map.of("suspended", true)));
    changes.put("move a token", supervisor.postEngine("process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "AcceptTranche")))));
    changes.put("delete an instance", supervisor.deleteEngine("process-instance/" + instance));
    changes.put("delete instances in a batch", supervisor.postEngine("process-instance/delete",
        Map.of("processInstanceIds", List.of(instance), "deleteReason", "x")));
    changes.put("reschedule the history cleanup", supervisor.putEngine("job/" + cleanup + "/duedate",
        Map.of("duedate", "2036-01-01T00:00:00.000+0000")));
    changes.put("retry the history cleanup", supervisor.putEngine("job/" + cleanup + "/retries", Map.of("retries", 0)));
    changes.put("start the history cleanup", supervisor.postEngine("history/cleanup?immediatelyDue=true", Map.of()));
    changes.put("suspend a process", supervisor.putEngine("process-definition/" + definition + "/suspended",
        Map.of("suspended", true, "includeProcessInstances", true)));
    changes.put("delete a deployment", supervisor.deleteEngine("deployment/" + deployment + "?cascade=true"));
    changes.put("delete history", supervisor.postEngine("history/process-instance/delete",
        Map.of("historicProcessInstanceIds", List.of(instance))));
    changes.put("evaluate a decision table", supervisor.postEngine("decision-definition/key/tranche-decision/evaluate",
        Map.of("variables", Map.of())));
    changes.put("create a task", supervisor.postEngine("task/create", Map.of("id", "x", "name", "x")));
    changes.put("add itself to the administrators",
        supervisor.putEngine("group/" + Role.ADMIN_GROUP + "/members/supervisor", Map.of()));
    changes.put("grant itself rights", supervisor.postEngine("authorization/create", Map.of("type", 1,
        "permissions", List.of("ALL"), "userId", "supervisor", "resourceType", 8, "resourceId", "*")));

    changes.forEach((what, response) -> assertThat(response.status()).as(what + ": " + response.text()).isEqualTo(403));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).active().count())
        .isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(instance, "trancheAmount")).isEqualTo(trancheAmount);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }
}
