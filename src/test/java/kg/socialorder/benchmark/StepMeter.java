package kg.socialorder.benchmark;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Measures each step of a process as the engine runs it: the outermost command that completes a user
 * task, executes a job or starts an instance, from before its transaction begins until after it
 * commits. Which task or job it was is looked up before the step, outside its figures.
 */
final class StepMeter extends CommandInterceptor {

  enum Kind { START, COMPLETE, JOB }

  /** One measured step: which process and activity, and what it cost. */
  record Step(Kind kind, String process, String activity, Map<String, Object> submitted,
      StatementCounter.Counts counts, long nanos) {
    String name() {
      return process + " / " + activity;
    }
  }

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
  private static final List<Step> STEPS = new ArrayList<>();

  private ProcessEngine engine;

  void bind(ProcessEngine engine) {
    this.engine = engine;
  }

  static synchronized List<Step> drain() {
    List<Step> steps = List.copyOf(STEPS);
    STEPS.clear();
    return steps;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Kind kind = kind(command);
    if (DEPTH.get() > 0 || kind == null || engine == null) {
      return nested(command);
    }
    String[] where;
    DEPTH.set(1);
    try {
      where = where(kind, command);
    } finally {
      DEPTH.set(0);
    }
    StatementCounter.Counts before = StatementCounter.snapshot();
    long start = System.nanoTime();
    try {
      return nested(command);
    } finally {
      long nanos = System.nanoTime() - start;
      StatementCounter.Counts counts = StatementCounter.snapshot().minus(before);
      synchronized (StepMeter.class) {
        STEPS.add(new Step(kind, where[0], where[1], submitted(command), counts, nanos));
      }
    }
  }

  private <T> T nested(Command<T> command) {
    DEPTH.set(DEPTH.get() + 1);
    try {
      return next.execute(command);
    } finally {
      DEPTH.set(DEPTH.get() - 1);
    }
  }

  private static Kind kind(Command<?> command) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      return Kind.COMPLETE;
    }
    if (command instanceof ExecuteJobsCmd) {
      return Kind.JOB;
    }
    if (command instanceof StartProcessInstanceCmd) {
      return Kind.START;
    }
    return null;
  }

  private String[] where(Kind kind, Command<?> command) {
    switch (kind) {
      case COMPLETE -> {
        Task task = engine.getTaskService().createTaskQuery().taskId(field(command, "taskId")).singleResult();
        return task == null ? new String[] {"?", "?"}
            : new String[] {key(task.getProcessDefinitionId()), task.getTaskDefinitionKey()};
      }
      case JOB -> {
        Job job = engine.getManagementService().createJobQuery().jobId(field(command, "jobId")).singleResult();
        if (job == null) {
          return new String[] {"?", "?"};
        }
        String activity = job instanceof TimerEntity ? "timer " : "async ";
        return new String[] {job.getProcessDefinitionKey(), activity + activityOf(job.getJobDefinitionId())};
      }
      default -> {
        Object builder = fieldValue(command, "instantiationBuilder");
        return new String[] {((ProcessInstantiationBuilderImpl) builder).getProcessDefinitionKey(), "start"};
      }
    }
  }

  private String activityOf(String jobDefinitionId) {
    JobDefinition definition = jobDefinitionId == null ? null
        : engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(jobDefinitionId).singleResult();
    return definition == null ? "?" : definition.getActivityId();
  }

  /** The variables a completion submits, so the baseline can store the same. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> submitted(Command<?> command) {
    Object variables = command instanceof CompleteTaskCmd ? fieldValue(command, "variables")
        : command instanceof SubmitTaskFormCmd ? fieldValue(command, "properties") : null;
    return variables == null ? Map.of() : new LinkedHashMap<>((Map<String, Object>) variables);
  }

  private static String key(String processDefinitionId) {
    return processDefinitionId == null ? "?" : processDefinitionId.split(":")[0];
  }

  private static String field(Object command, String name) {
    return (String) fieldValue(command, name);
  }

  private static Object fieldValue(Object command, String name) {
    try {
      Field field = command.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda changed " + command.getClass().getName(), e);
    }
  }
}
