package kg.socialorder.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The baseline: a trivial process deployed only by the benchmark, start → user task → … → end, with
 * nothing of ours in it, on the same engine (authorization on, full history, the instance in the
 * municipality's tenant, the task offered to the coordinators like ours), so that a ratio against it
 * shows what our processes add to what the engine costs anyway.
 */
final class BareProcess {

  private final ProcessEngine engine;
  private final String key;

  private BareProcess(ProcessEngine engine, String key) {
    this.engine = engine;
    this.key = key;
  }

  /** Deploys a process of {@code userTasks} user tasks in sequence (once per engine). */
  static BareProcess deploy(ProcessEngine engine, int userTasks) {
    String key = "bare-" + userTasks;
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
          .startEvent("Started");
      for (int n = 1; n <= userTasks; n++) {
        flow = flow.userTask("Task" + n).name("Task " + n).camundaCandidateGroups("coordinator");
      }
      BpmnModelInstance model = flow.endEvent("Ended").done();
      engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
    }
    return new BareProcess(engine, key);
  }

  ProcessInstance start(String municipality) {
    return engine.getRuntimeService().startProcessInstanceByKey(key,
        Variables.createVariables().putValue("municipality", municipality));
  }

  /** Completes the instance's one open task; false when none is left. */
  boolean completeNext(ProcessInstance instance) {
    return completeNext(instance, Map.of());
  }

  /** Completes the open task submitting {@code variables}, as a form would. */
  boolean completeNext(ProcessInstance instance, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    if (task == null) {
      return false;
    }
    engine.getTaskService().complete(task.getId(), variables);
    return true;
  }

  /** Starts an instance and completes all its tasks; the number of tasks completed. */
  int runThrough(String municipality) {
    return runThrough(municipality, List.of());
  }

  /**
   * Starts an instance and completes all its tasks, the n-th submitting {@code submitted}'s n-th values
   * (nothing once they run out): the same names, types and values a whole order's forms submitted, so
   * the bare engine stores what ours stores for the people. The number of tasks completed.
   */
  int runThrough(String municipality, List<Map<String, Object>> submitted) {
    ProcessInstance instance = start(municipality);
    int completed = 0;
    while (completeNext(instance, completed < submitted.size() ? submitted.get(completed) : Map.of())) {
      completed++;
    }
    return completed;
  }
}
