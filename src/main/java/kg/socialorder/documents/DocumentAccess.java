package kg.socialorder.documents;

import java.util.List;
import java.util.Optional;
import kg.socialorder.engine.Refusal;
import kg.socialorder.identity.Role;
import kg.socialorder.identity.WebappUser;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may read and add the documents of a case, by the same rules as its tasks: a person of another
 * municipality is refused as for its tasks; the municipality's coordinator, head and finance read
 * every case of their municipality; the commission, the monitoring group, council deputies and the
 * contractor read the cases where they have or had a task; an application's papers are read only by
 * the coordinator, the head and the commission; supervisors and administrators read everything, and
 * supervisors add nothing. Papers are added to a task the person may work on.
 */
@Component
public class DocumentAccess {

  private static final List<Role> WHOLE_MUNICIPALITY = List.of(Role.COORDINATOR, Role.HEAD, Role.FINANCE);
  private static final List<Role> APPLICATION_READERS = List.of(Role.COORDINATOR, Role.HEAD, Role.COMMISSION);

  private final TaskService tasks;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ValidationMessages messages;

  public DocumentAccess(TaskService tasks, HistoryService history, RuntimeService runtime, IdentityService identity,
      ValidationMessages messages) {
    this.tasks = tasks;
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
    this.messages = messages;
  }

  /** The task, as the reader may see it; refused when it is another municipality's or not theirs. */
  public TaskCase taskCase(WebappUser reader, String taskId) {
    return unchecked(() -> lookUpTask(reader, taskId));
  }

  private TaskCase lookUpTask(WebappUser reader, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new Refused(404, messages.bilingual("access.taskUnknown"));
    }
    requireMunicipality(reader, task.getTenantId());
    if (!reader.administrator() && !reader.supervisor() && visibleTask(reader, taskId).isEmpty()) {
      throw new Refused(403, messages.bilingual("access.notYours"));
    }
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    Object tranche = runtime.getVariable(task.getExecutionId(), "trancheNumber");
    return new TaskCase(task, instance.getBusinessKey(), task.getTenantId(),
        tranche instanceof Number n ? n.intValue() : null);
  }

  /** Papers are added by whoever may work on the task; supervisors only read. */
  public void requireUpload(WebappUser reader) {
    if (reader.supervisor()) {
      throw new Refused(403, messages.refusal("documentsReadOnly"));
    }
  }

  /** May the reader open the document? Refused as another municipality's, or as not theirs. */
  public void requireRead(WebappUser reader, Document document) {
    if (!unchecked(() -> mayRead(reader, document.municipality(), document.caseKey(), document.applicationNumber() != null))) {
      throw new Refused(403, messages.bilingual("access.notYours"));
    }
  }

  /** The reader may list the case's papers (those of applications only as {@link #mayReadApplications}). */
  public void requireCase(WebappUser reader, String municipality, String caseKey) {
    if (!unchecked(() -> mayRead(reader, municipality, caseKey, false))) {
      throw new Refused(403, messages.bilingual("access.notYours"));
    }
  }

  public boolean mayReadApplications(WebappUser reader) {
    return reader.administrator() || reader.supervisor() || APPLICATION_READERS.stream().anyMatch(reader::in);
  }

  private boolean mayRead(WebappUser reader, String municipality, String caseKey, boolean ofApplication) {
    if (reader.administrator() || reader.supervisor()) {
      return true;
    }
    requireMunicipality(reader, municipality);
    if (ofApplication && !mayReadApplications(reader)) {
      return false;
    }
    if (WHOLE_MUNICIPALITY.stream().anyMatch(reader::in)) {
      return true;
    }
    // a task of the case, open now or done: the commission's scoring, the group's visit, the contractor's report
    if (history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseKey).tenantIdIn(municipality)
        .taskAssignee(reader.userId()).count() > 0) {
      return true;
    }
    return tasks.createTaskQuery().processInstanceBusinessKey(caseKey).tenantIdIn(municipality)
        .taskCandidateUser(reader.userId()).count() > 0;
  }

  private void requireMunicipality(WebappUser reader, String municipality) {
    if (!reader.administrator() && !reader.supervisor()
        && (municipality == null || !reader.municipalities().contains(municipality))) {
      throw new Refused(403, messages.bilingual("access.otherMunicipality"));
    }
  }

  private Optional<Task> visibleTask(WebappUser reader, String taskId) {
    identity.setAuthentication(reader.userId(), List.copyOf(reader.groups()), reader.municipalities());
    try {
      return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Looks up as the application: the webapps' filters may have left the person set for the engine on
   * the request's thread, whose rights (a commission member reads no history) are not the rules
   * above. The person's own rights are asked only where said ({@link #visibleTask}); this request
   * calls nothing of the engine as the person afterwards.
   */
  private <T> T unchecked(java.util.function.Supplier<T> lookUp) {
    identity.clearAuthentication();
    return lookUp.get();
  }

  /** A task's case: its social order's key, municipality, and the tranche the task is of, if any. */
  public record TaskCase(Task task, String caseKey, String municipality, Integer trancheNumber) {}

  /** Refused with an HTTP status and a bilingual message. */
  public static class Refused extends RuntimeException implements Refusal {

    private final int status;

    public Refused(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    @Override
    public int status() {
      return status;
    }
  }
}
