package kg.socialorder.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.designer.EngineRestClient;
import kg.socialorder.designer.EngineRestClient.Response;
import kg.socialorder.support.WebappTest;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A designer deploys a changed tranche diagram while tranches run: running instances keep their
 * version, and the migration procedure of the README moves the tranches waiting for the
 * contractor's report onto the new version, through /engine-rest as the administrator.
 */
// the designer's tranche version would otherwise stay the latest for the test classes after this one
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class NewVersionScenarios extends WebappTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String CHANGED_NAME = "Транш боюнча отчет тапшыруу (2-версия) / Сдача отчёта по траншу (версия 2)";

  @Autowired
  PaymentLedger ledger;

  @Autowired
  ContractRegister contracts;

  @Test
  void runningTranchesStayOnTheirVersionAndTheMigrationPlanMovesThoseWaitingForTheReportToTheNewOne()
      throws Exception {
    TrancheDriver tranches = new TrancheDriver(engine, contracts);
    String contract = "В-" + UUID.randomUUID().toString().substring(0, 6);
    ProcessInstance waitingForReport = tranches.start(contract, 1);
    tranches.pay(waitingForReport, day(TODAY));
    ProcessInstance waitingForPayment = tranches.start(contract, 2);
    ProcessDefinition packaged = definitionOf(waitingForReport);
    Map<String, String> variablesBefore = variables(waitingForReport);
    Map<String, Date> timersBefore = timers(waitingForReport);
    assertThat(timersBefore).containsOnlyKeys("ReminderDue", "ReportOverdue");
    String taskBefore = tranches.task(waitingForReport).getId();

    // the designer presses Deploy in Camunda Modeler
    Response deployed = EngineRestClient.as(port, "designer", "demo").deploy("tranche", changedTranche());
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery()
        .deploymentId(deployed.json().path("id").asText()).singleResult();
    ProcessDefinition designed = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("tranche").withoutTenantId().latestVersion().singleResult();
    assertThat(designed.getDeploymentId()).isEqualTo(deployment.getId());
    assertThat(designed.getVersion()).isEqualTo(packaged.getVersion() + 1);
    assertThat(designed.getVersionTag()).isEqualTo("1.1");

    // running instances stay on their version; a new tranche starts on the new one
    assertThat(definitionOf(waitingForReport).getId()).isEqualTo(packaged.getId());
    assertThat(definitionOf(waitingForPayment).getId()).isEqualTo(packaged.getId());
    assertThat(tranches.start(contract + "-Н", 1).getProcessDefinitionId()).isEqualTo(designed.getId());

    // the README's procedure: generate the plan, then execute it for the tranches waiting for a report
    EngineRestClient administrator = EngineRestClient.as(port, "demo", "demo");
    Response plan = administrator.postJson("/migration/generate", JSON.writeValueAsString(Map.of(
        "sourceProcessDefinitionId", packaged.getId(),
        "targetProcessDefinitionId", designed.getId(),
        "updateEventTriggers", false)));
    assertThat(plan.status()).as(plan.text()).isEqualTo(200);
    assertThat(plan.json().path("instructions").toString())
        .contains("SubmitTrancheReport", "ReminderDue", "ReportOverdue");
    ObjectNode execution = JSON.createObjectNode();
    execution.set("migrationPlan", plan.json());
    execution.set("processInstanceQuery", JSON.valueToTree(Map.of(
        "processDefinitionId", packaged.getId(),
        "activityIdIn", new String[] {"SubmitTrancheReport"})));
    Response migrated = administrator.postJson("/migration/execute", execution.toString());
    assertThat(migrated.status()).as(migrated.text()).isEqualTo(204);

    // moved: same task, same variables, same timers, now on the new version
    assertThat(definitionOf(waitingForReport).getId()).isEqualTo(designed.getId());
    assertThat(tranches.task(waitingForReport).getId()).isEqualTo(taskBefore);
    assertThat(tranches.task(waitingForReport).getProcessDefinitionId()).isEqualTo(designed.getId());
    // the open task keeps the name it was created with; tasks created from now on take the new diagram's
    assertThat(engine.getRuntimeService().getActivityInstance(waitingForReport.getId()).getProcessDefinitionId())
        .isEqualTo(designed.getId());
    assertThat(variables(waitingForReport)).isEqualTo(variablesBefore);
    assertThat(timers(waitingForReport)).isEqualTo(timersBefore);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(waitingForReport.getId()).list())
        .allSatisfy(job -> assertThat(job.getProcessDefinitionId()).isEqualTo(designed.getId()));
    // not waiting for a report: left on its version
    assertThat(definitionOf(waitingForPayment).getId()).isEqualTo(packaged.getId());

    // and it goes on to its end on the new version, paid once
    tranches.complete(waitingForReport, tranches.reportOnTrack(waitingForReport, 290_000));
    tranches.complete(waitingForReport, tranches.visit(day(TODAY), "good", true, TrancheDriver.LEADER));
    assertThat(waitingForReport).isEnded().hasPassed("TrancheAccepted");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(waitingForReport.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(designed.getId());
    assertThat(ledger.entries(TrancheDriver.MUNICIPALITY, contract, 1)).isEqualTo(1);
    // the one left behind finishes on its own version
    tranches.pay(waitingForPayment, day(TODAY));
    assertThat(tranches.task(waitingForPayment).getTaskDefinitionKey()).isEqualTo("SubmitTrancheReport");
    assertThat(tranches.task(waitingForPayment).getProcessDefinitionId()).isEqualTo(packaged.getId());
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(id);
  }

  private Map<String, String> variables(ProcessInstance instance) {
    return engine.getRuntimeService().getVariables(instance.getId()).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()), (a, b) -> a, TreeMap::new));
  }

  private Map<String, Date> timers(ProcessInstance instance) {
    Map<String, Date> timers = new TreeMap<>();
    for (String boundary : new String[] {"ReminderDue", "ReportOverdue"}) {
      engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
          .activityId(boundary).list().forEach(job -> timers.put(boundary, job.getDuedate()));
    }
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().count())
        .isEqualTo(timers.size());
    return timers;
  }

  /** tranche.bpmn as a designer changed it: a new label on the report task, version tag 1.1, with its forms. */
  static Map<String, byte[]> changedTranche() throws IOException {
    String diagram = Files.readString(Path.of("processes/tranche.bpmn"));
    String changed = diagram
        .replace("camunda:versionTag=\"1.0\"", "camunda:versionTag=\"1.1\"")
        .replace("name=\"Транш боюнча отчет тапшыруу / Сдача отчёта по траншу\"", "name=\"" + CHANGED_NAME + "\"");
    assertThat(changed).as("tranche.bpmn changed as expected").contains("1.1", CHANGED_NAME);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("tranche.bpmn", changed.getBytes(StandardCharsets.UTF_8));
    for (String form : new String[] {"approve-payment-order", "submit-tranche-report", "decide-overdue-report",
        "record-monitoring-visit", "decide-on-suspension"}) {
      files.put(form + ".form", Files.readAllBytes(Path.of("forms", form + ".form")));
    }
    return files;
  }
}
