package kg.socialorder.engine;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kg.socialorder.PersonName;
import kg.socialorder.PublicFormat;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What became of a task, told to a person in Kyrgyz and Russian: who completed it and when ("you,
 * probably in another tab" when it was the person), that it was cancelled, that no such task is
 * theirs to see, or who has claimed it since when. Read without the person's authorizations (they
 * may not read history), but only about a task of a municipality the person works in; of any other
 * task nothing is told but that it is not there.
 */
@Component
public class TaskWhereabouts {

  private final ObjectProvider<ProcessEngine> engine;
  private final Bilingual messages;
  private final PublicFormat format;

  public TaskWhereabouts(ObjectProvider<ProcessEngine> engine, Bilingual messages, PublicFormat format) {
    this.engine = engine;
    this.messages = messages;
    this.format = format;
  }

  /** What became of a task the request of {@code scope} found gone; see the method below. */
  public TaskRefusedException gone(String taskId, RefusalScope scope, boolean change) {
    return gone(taskId, scope.authentication(), change);
  }

  /**
   * Why the task is not there for this person, or null when it is still open. {@code change}: the
   * person wanted to change it (409 when someone else was first), not only to open it (404).
   */
  public TaskRefusedException gone(String taskId, Authentication person, boolean change) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> gone(context, taskId, person, change)));
  }

  private TaskRefusedException gone(CommandContext context, String taskId, Authentication person, boolean change) {
    if (context.getTaskManager().findTaskById(taskId) != null) {
      // still there: whatever failed, it was not that the task is gone
      return null;
    }
    HistoricTaskInstanceEntity task = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
    if (task == null || task.getEndTime() == null || !worksIn(person, task.getTenantId())) {
      return new TaskRefusedException(taskId, 404, messages.bilingual("task.notFound"));
    }
    int status = change ? 409 : 404;
    String action = change ? ".submit" : ".open";
    String when = when(task.getEndTime());
    if (!TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())) {
      return new TaskRefusedException(taskId, status, messages.bilingual("task.cancelled" + action, when));
    }
    String by = completedBy(context, task);
    if (by == null) {
      return new TaskRefusedException(taskId, status, messages.bilingual("task.completed" + action, when));
    }
    if (person != null && Objects.equals(by, person.getUserId())) {
      return new TaskRefusedException(taskId, status, messages.bilingual("task.completedByYou" + action, when));
    }
    return new TaskRefusedException(taskId, status,
        messages.bilingual("task.completedBy" + action, name(context, by), when));
  }

  /**
   * A task still open that someone changed at the same moment as the person: who holds it now, or
   * only that it changed (409).
   */
  public TaskRefusedException changedMeanwhile(String taskId, Authentication person, Held situation) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null && task.getAssignee() != null && person != null && !task.getAssignee().equals(person.getUserId())
          && worksIn(person, task.getTenantId())) {
        return new TaskRefusedException(taskId, 409, claimedBy(context, task, situation));
      }
      return new TaskRefusedException(taskId, 409, messages.bilingual("refusal.conflict"));
    }));
  }

  /** What the person wanted of a task someone else holds. */
  public enum Held {
    /** submit or complete it: what they entered is not stored */
    SUBMIT,
    /** claim it */
    CLAIM,
    /** take it from its holder */
    TAKEOVER
  }

  /** That the task is someone else's since they claimed it: only they complete it. */
  String claimedBy(CommandContext context, TaskEntity task, Held situation) {
    List<HistoricIdentityLinkLog> claims = context.getProcessEngineConfiguration().getHistoryService()
        .createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.ASSIGNEE)
        .operationType("add").orderByTime().desc().listPage(0, 1);
    String since = claims.isEmpty() ? when(task.getCreateTime()) : when(claims.get(0).getTime());
    return messages.bilingual("task.claimedBy." + situation.name().toLowerCase(Locale.ROOT),
        name(context, task.getAssignee()), since);
  }

  /** "First Last", as Admin shows the person, or the login when the person has no name. */
  String name(CommandContext context, String userId) {
    User user = context.getReadOnlyIdentityProvider().findUserById(userId);
    return user == null ? userId : PersonName.withLogin(user);
  }

  /** dd.MM.yyyy HH:mm in the municipalities' time zone, as everywhere a person reads a moment. */
  String when(Date time) {
    return format.moment(time.toInstant());
  }

  /** Whoever's completion the engine logged; a task completed by no person (a driver) has none. */
  private static String completedBy(CommandContext context, HistoricTaskInstanceEntity task) {
    List<UserOperationLogEntry> completions = context.getProcessEngineConfiguration().getHistoryService()
        .createUserOperationLogQuery().taskId(task.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .listPage(0, 1);
    return completions.isEmpty() ? task.getAssignee() : completions.get(0).getUserId();
  }

  private static boolean worksIn(Authentication person, String tenantId) {
    if (tenantId == null) {
      return true;
    }
    if (person == null) {
      return false;
    }
    // Camunda's administrators see every municipality, as the engine's tenant check lets them
    return (person.getGroupIds() != null && person.getGroupIds().contains(Groups.CAMUNDA_ADMIN))
        || (person.getTenantIds() != null && person.getTenantIds().contains(tenantId));
  }
}
