package kg.socialorder.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.socialorder.designer.EngineRestClient.Response;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Designers deploy from Camunda Modeler through /engine-rest and see nothing of the officials' work. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DesignerDeploymentTest extends WebappTest {

  @Test
  void anonymousCallersGetNothing() {
    EngineRestClient anonymous = EngineRestClient.anonymous(port);

    assertThat(anonymous.deploy("problem-selection", EngineRestClient.changedProblemSelection("anonymous")).status())
        .isEqualTo(401);
    for (String path : List.of("/engine", "/version", "/deployment", "/task", "/process-definition")) {
      Response response = anonymous.get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.text()).as(path).doesNotContain("default\"");
    }
    assertThat(anonymous.send("OPTIONS", "/deployment/create").status()).isEqualTo(401);
    // not the designer: Camunda locks a login for a few seconds after a wrong password
    assertThat(EngineRestClient.as(port, "karakol.monitor3", "wrong").get("/deployment").status()).isEqualTo(401);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("problem-selection").count())
        .isZero();
  }

  @Test
  void officialsAndSupervisorsMayNotDeploy() {
    for (String user : List.of("karakol.coordinator", "karakol.head", "supervisor", "baldargatirek")) {
      Response response = EngineRestClient.as(port, user, "demo")
          .deploy("problem-selection", EngineRestClient.changedProblemSelection(user));
      assertThat(response.status()).as(user).isEqualTo(403);
    }
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("problem-selection").count())
        .isZero();
  }

  @Test
  void aDesignersDeploymentServesNewInstancesWhileRunningOnesKeepTheirVersion() {
    ProcessDefinition packaged = latestProblemSelection();
    ProcessInstance running = startProblemSelection();
    EngineRestClient designer = EngineRestClient.as(port, "designer", "demo");
    assertThat(designer.get("/version").status()).isEqualTo(200);
    assertThat(designer.get("/deployment?maxResults=0").status()).isEqualTo(200);

    // no session, no CSRF token: the webapps' filters are not in the way of /engine-rest
    Response deployed = designer.deploy("problem-selection", EngineRestClient.changedProblemSelection("1.1"));

    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery()
        .deploymentId(deployed.json().path("id").asText()).singleResult();
    assertThat(deployment.getName()).isEqualTo("problem-selection");
    assertThat(deployment.getSource()).isEqualTo("Camunda Modeler");
    assertThat(deployment.getTenantId()).as("definitions are shared by all municipalities").isNull();
    ProcessDefinition designed = latestProblemSelection();
    assertThat(designed.getDeploymentId()).isEqualTo(deployment.getId());
    assertThat(designed.getVersion()).isEqualTo(packaged.getVersion() + 1);
    assertThat(designed.getVersionTag()).isEqualTo("1.1");

    ProcessInstance started = startProblemSelection();
    assertThat(started.getProcessDefinitionId()).isEqualTo(designed.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(packaged.getId());
    // the running instance goes on as it started, on the packaged version and its forms
    assertThat(engine.getFormService().getTaskFormKey(packaged.getId(), "AnnounceSelection")).isNull();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult();
    assertThat(task.getProcessDefinitionId()).isEqualTo(packaged.getId());
    assertThat(engine.getFormService().getTaskFormVariables(task.getId())).isNotNull();
    // the new instance's forms come from the designer's deployment
    Task newTask = engine.getTaskService().createTaskQuery().processInstanceId(started.getId()).singleResult();
    assertThat(engine.getFormService().getTaskFormVariables(newTask.getId())).isNotNull();
  }

  @Test
  void theDesignerReadsDefinitionsAndNothingOfTheOfficialsWork() {
    ProcessInstance instance = startProblemSelection();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    EngineRestClient designer = EngineRestClient.as(port, "designer", "demo");

    assertThat(designer.get("/process-definition?key=problem-selection").json()).isNotEmpty();
    assertThat(designer.get("/decision-definition").json()).isNotEmpty();
    assertThat(designer.get("/deployment").json()).isNotEmpty();

    for (String path : List.of("/task", "/process-instance", "/execution", "/variable-instance", "/incident",
        "/filter", "/history/process-instance", "/history/task", "/history/variable-instance",
        "/history/activity-instance", "/history/detail", "/tenant")) {
      Response response = designer.get(path);
      assertThat(response.status() == 403 || (response.status() == 200 && response.json().isEmpty()))
          .as(path + " answered " + response.status() + " " + response.text()).isTrue();
    }
    // a user reads their own profile and groups and no one else's
    assertThat(designer.get("/user").json()).allSatisfy(user -> assertThat(user.path("id").asText()).isEqualTo("designer"));
    assertThat(designer.get("/group").json()).allSatisfy(group -> assertThat(group.path("id").asText()).isEqualTo("designer"));
    // Camunda shows everyone the engine's own jobs (history cleanup); none of a process instance
    assertThat(designer.get("/job").json()).allSatisfy(job -> assertThat(job.path("processInstanceId").isNull()).isTrue());
    assertThat(designer.get("/task/count").json().path("count").asInt()).isZero();
    assertThat(designer.get("/process-instance/count").json().path("count").asInt()).isZero();
    for (String path : List.of("/task/" + task.getId(), "/task/" + task.getId() + "/variables",
        "/task/" + task.getId() + "/form-variables", "/process-instance/" + instance.getId(),
        "/process-instance/" + instance.getId() + "/variables")) {
      // refused by the authorization check (403) or first by the tenant check (Camunda answers 500)
      Response response = designer.get(path);
      assertThat(response.status()).as(path + " " + response.text()).isIn(403, 404, 500);
      assertThat(response.text()).doesNotContain("budgetEnvelope", "karakol\"");
    }
    assertThat(designer.postJson("/task/" + task.getId() + "/complete", "{}").status()).isIn(403, 404, 500);
    assertThat(designer.postJson("/process-definition/key/problem-selection/start",
        "{\"variables\": {\"municipality\": {\"value\": \"karakol\"}}}").status()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void theDesignerMayNotDeleteADeploymentWithItsInstances() {
    Response deployed = EngineRestClient.as(port, "designer", "demo")
        .deploy("designer-delete-check", EngineRestClient.changedProblemSelection("delete-check"));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    String deploymentId = deployed.json().path("id").asText();
    ProcessInstance instance = startProblemSelection();

    Response delete = EngineRestClient.as(port, "designer", "demo")
        .send("DELETE", "/deployment/" + deploymentId + "?cascade=true");

    assertThat(delete.status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isOne();
  }

  @Test
  void theDesignerHasNoTasklistCockpitOrAdmin() {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      assertThat(new WebappClient(port).login("designer", "demo", app)).as(app).isNotEqualTo(200);
    }
  }

  private ProcessDefinition latestProblemSelection() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("problem-selection")
        .withoutTenantId().latestVersion().singleResult();
  }

  private ProcessInstance startProblemSelection() {
    return engine.getRuntimeService().startProcessInstanceByKey("problem-selection", Variables.createVariables()
        .putValue("municipality", "karakol")
        .putValue("programmeName", "Социалдык тапшырык 2026")
        .putValue("year", 2026)
        .putValue("budgetEnvelope", 400000.0)
        .putValue("themesPlanned", 1));
  }
}
