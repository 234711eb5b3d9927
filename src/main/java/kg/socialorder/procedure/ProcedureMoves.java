package kg.socialorder.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.ProcedureClock;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The moves between the steps of the procedure, as its people and its time make them: find a case's
 * task, submit its form as the user whose task it is, run the asynchronous steps a case waits on,
 * and let a timer fall due by moving the {@link ProcedureClock} to it. The demo loader walks its
 * cases with these moves and the tests' drivers walk theirs, so the procedure is driven one way.
 * Jobs and timers run here, explicitly, never by waiting for the job executor.
 */
public final class ProcedureMoves {

  private static final int JOB_ROUNDS = 20;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final ProcedureClock clock;

  public ProcedureMoves(ProcessEngine engine, ProcedureClock clock) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.repository = engine.getRepositoryService();
    this.clock = clock;
  }

  /** Today, in the municipalities' time zone, by the procedure's clock. */
  public LocalDate today() {
    return clock.today();
  }

  /** The one open task {@code definitionKey} of the case {@code businessKey}; an error if there is none or more. */
  public Task task(String businessKey, String definitionKey) {
    List<Task> found = tasks(businessKey, definitionKey);
    if (found.size() != 1) {
      throw new IllegalStateException(businessKey + " has " + found.size() + " tasks " + definitionKey);
    }
    return found.get(0);
  }

  /** The open tasks {@code definitionKey} of the case {@code businessKey}, by assignee. */
  public List<Task> tasks(String businessKey, String definitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
        .orderByTaskAssignee().asc().list();
  }

  /** The one open task of a process instance. */
  public Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** The open tasks {@code definitionKey} of a process instance, by assignee. */
  public List<Task> tasks(ProcessInstance instance, String definitionKey) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey)
        .orderByTaskAssignee().asc().list();
  }

  /** A list or record the task's form shows (its own or its process's), as plain maps and lists. */
  public List<?> rows(Task task, String variable) {
    return (List<?>) JsonVariables.plain(tasks.getVariableTyped(task.getId(), variable));
  }

  /** A list or record only the task itself holds (a sheet laid out for one member), as plain maps and lists. */
  public List<?> ownRows(Task task, String variable) {
    return (List<?>) JsonVariables.plain(tasks.getVariableLocalTyped(task.getId(), variable));
  }

  /** A variable of the process instance, JSON ones as plain maps and lists. */
  public Object variable(String processInstanceId, String variable) {
    return JsonVariables.plain(runtime.getVariableTyped(processInstanceId, variable));
  }

  /** Starts the latest version of {@code processKey} by submitting its start form as {@code user}. */
  public ProcessInstance start(String user, String processKey, Map<String, Object> submission) {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
    return as(user, () -> forms.submitStartForm(definition, submission));
  }

  /** The one running instance of {@code processKey} that carries {@code businessKey}. */
  public ProcessInstance instance(String processKey, String businessKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  /** The business key of a process instance, as it stands once the instance has started. */
  public String businessKey(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  /** Submits the task's form as {@code user}, who claims it first if it is offered to a group. */
  public void complete(Task task, String user, Map<String, Object> submission) {
    as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), submission);
      return null;
    });
  }

  /** Submits the form of the case's one task {@code definitionKey} as {@code user}. */
  public void complete(String businessKey, String definitionKey, String user, Map<String, Object> submission) {
    complete(task(businessKey, definitionKey), user, submission);
  }

  /** Runs the action logged in as the user: their groups and municipalities, as the webapps do. */
  private <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs every asynchronous step the process instance is waiting on, as the job executor would. */
  public void runJobsOf(String processInstanceId) {
    runJobs(() -> management.createJobQuery().processInstanceId(processInstanceId), processInstanceId);
  }

  /** Runs every asynchronous step waiting anywhere in the case started as {@code rootProcessInstanceId}. */
  public void runJobsUnder(String rootProcessInstanceId) {
    runJobs(() -> management.createJobQuery().rootProcessInstanceId(rootProcessInstanceId), rootProcessInstanceId);
  }

  private void runJobs(Supplier<JobQuery> scope, String where) {
    for (int round = 0; round < JOB_ROUNDS; round++) {
      List<Job> jobs = scope.get().executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming in " + where);
  }

  /** The one job of the process instance at {@code activityId}: an asynchronous step or a timer. */
  public Job job(String processInstanceId, String activityId) {
    return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
  }

  /** Runs the one job of the process instance at {@code activityId}, due or not. */
  public void runJob(String processInstanceId, String activityId) {
    management.executeJob(job(processInstanceId, activityId).getId());
  }

  /** The clock reaches the timer's moment (if it has not yet) and the timer fires. */
  public void fireTimer(String processInstanceId, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
        .singleResult();
    if (timer.getDuedate().toInstant().isAfter(clock.instant())) {
      clock.moveTo(timer.getDuedate().toInstant().plusSeconds(1));
    }
    management.executeJob(timer.getId());
  }
}
