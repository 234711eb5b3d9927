package kg.socialorder.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import kg.socialorder.engine.TaskWhereabouts.Held;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A claim means the task is the claimant's. The engine lets every candidate complete a task or take
 * it for themselves while someone else holds it (Camunda's default task permission is UPDATE); here:
 *
 * <ul>
 *   <li>a claimed task is submitted or completed only by its assignee; other candidates get 409 and
 *       who holds it since when (a claim of it likewise, instead of the engine's 500);
 *   <li>only an administrator or a coordinator of the task's municipality takes a claimed task from
 *       its holder (Tasklist's assignee control), and only to give it to someone the task is offered
 *       to, or back to them all; every such takeover is written into the task's description, which
 *       Tasklist shows to everyone who sees the task, and as a task comment (the engine's own
 *       operation log also has it, for Cockpit);
 *   <li>so that a coordinator can find and take over a claimed task, the coordinators get READ and
 *       TASK_ASSIGN on that one task while it is claimed (the engine's tenant check keeps it to the
 *       task's municipality; an unclaimed task's grant is removed), and the coordinators of the
 *       task's municipality READ on the people it is offered to, whose logins Tasklist's assignee
 *       control looks up before it assigns.
 * </ul>
 *
 * Runs inside the engine's command, so a refusal or a comment is part of its transaction. Work
 * without an authenticated person (the engine's own, the tests' drivers) is not concerned.
 */
public class ClaimedTaskInterceptor extends CommandInterceptor {

  static final String COORDINATORS = "coordinator";

  private final TaskWhereabouts whereabouts;
  private final Bilingual messages;

  public ClaimedTaskInterceptor(TaskWhereabouts whereabouts, Bilingual messages) {
    this.whereabouts = whereabouts;
    this.messages = messages;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean assigns = TaskCommands.assigns(command);
    CommandContext context = Context.getCommandContext();
    Authentication person = context == null ? null : context.getAuthentication();
    if (!(TaskCommands.completes(command) || assigns) || person == null || person.getUserId() == null) {
      return next.execute(command);
    }
    String taskId = TaskCommands.taskId(command);
    TaskEntity task = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
    if (task == null || !context.getTenantManager().isAuthenticatedTenant(task.getTenantId())) {
      // the engine tells that the task is gone, or not of the person's municipality
      return next.execute(command);
    }
    String holder = task.getAssignee();
    String wanted = TaskCommands.newAssignee(command);
    boolean takeover = assigns && !(command instanceof ClaimTaskCmd) && holder != null
        && !holder.equals(person.getUserId()) && !holder.equals(wanted);
    // the person may not read the identity links, groups and history this asks about
    context.runWithoutAuthorization(() -> {
      refuseIfHeld(context, command, task, person, wanted);
      return null;
    });

    T result = next.execute(command);

    if (assigns) {
      TaskEntity after = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
      context.runWithoutAuthorization(() -> {
        letCoordinatorsTakeOver(context, after);
        if (takeover) {
          recordTakeover(context, after, holder, wanted);
        }
        return null;
      });
    }
    return result;
  }

  private void refuseIfHeld(CommandContext context, Command<?> command, TaskEntity task, Authentication person,
      String wanted) {
    String holder = task.getAssignee();
    if (holder == null || holder.equals(person.getUserId())) {
      return;
    }
    List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
    boolean administrator = groups.contains(Groups.CAMUNDA_ADMIN);
    boolean candidate = isCandidate(context, person.getUserId(), task);
    boolean offered = !candidateLinks(task).isEmpty();
    // whoever else may not work on the task at all is refused by the engine's authorization check
    if (TaskCommands.completes(command)) {
      if (candidate || administrator) {
        throw new TaskRefusedException(task.getId(), 409, whereabouts.claimedBy(context, task, Held.SUBMIT));
      }
      return;
    }
    if (command instanceof ClaimTaskCmd) {
      if (!holder.equals(wanted) && (candidate || administrator)) {
        throw new TaskRefusedException(task.getId(), 409, whereabouts.claimedBy(context, task, Held.CLAIM));
      }
      return;
    }
    if (holder.equals(wanted)) {
      return;
    }
    // a takeover, through Tasklist's assignee control: an administrator, or a coordinator of the
    // task's municipality (the engine checked it) for a task offered to several
    if (!administrator && !(groups.contains(COORDINATORS) && offered)) {
      if (candidate) {
        throw new TaskRefusedException(task.getId(), 409, whereabouts.claimedBy(context, task, Held.TAKEOVER));
      }
      return;
    }
    if (wanted == null && !offered) {
      throw new TaskRefusedException(task.getId(), 400, messages.bilingual("task.nobodyElse"));
    }
    if (wanted != null && offered && !isCandidate(context, wanted, task)) {
      throw new TaskRefusedException(task.getId(), 400,
          messages.bilingual("task.notOfferedTo", whereabouts.name(context, wanted)));
    }
  }

  /**
   * Who took the task from whom, when, and to whom it went: added to the task's description, which
   * Tasklist shows everyone who sees the task (its Description tab), and kept as a task comment
   * (the History tab, for those who may read history).
   */
  private void recordTakeover(CommandContext context, TaskEntity task, String from, String to) {
    String by = whereabouts.name(context, context.getAuthenticatedUserId());
    String when = whereabouts.when(ClockUtil.getCurrentTime());
    String text = to == null
        ? messages.bilingual("task.takenBackToGroup", by, whereabouts.name(context, from), when)
        : messages.bilingual("task.takenOver", by, whereabouts.name(context, from), when, whereabouts.name(context, to));
    String description = task.getDescription();
    task.setDescription(description == null || description.isBlank() ? text : description + "\n\n" + text);
    context.getProcessEngineConfiguration().getTaskService()
        .createComment(task.getId(), task.getProcessInstanceId(), text);
  }

  /** While a task offered to several is claimed, the municipality's coordinators may reassign it. */
  private void letCoordinatorsTakeOver(CommandContext context, TaskEntity task) {
    if (task == null || candidateLinks(task).isEmpty()) {
      return;
    }
    AuthorizationService authorizations = context.getProcessEngineConfiguration().getAuthorizationService();
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(COORDINATORS).resourceType(Resources.TASK).resourceId(task.getId()).singleResult();
    if (task.getAssignee() == null) {
      if (existing != null) {
        authorizations.deleteAuthorization(existing.getId());
      }
      return;
    }
    if (existing == null) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(COORDINATORS);
      grant.setResource(Resources.TASK);
      grant.setResourceId(task.getId());
      grant.addPermission(Permissions.READ);
      grant.addPermission(Permissions.TASK_ASSIGN);
      authorizations.saveAuthorization(grant);
    }
    letCoordinatorsNameCandidates(context, authorizations, task);
  }

  /**
   * Tasklist's assignee control accepts a login only after reading that user (READ on the user): the
   * municipality's own coordinators may read the people the task is offered to, no one else.
   */
  private static void letCoordinatorsNameCandidates(CommandContext context, AuthorizationService authorizations,
      TaskEntity task) {
    if (task.getTenantId() == null) {
      return;
    }
    ReadOnlyIdentityProvider identity = context.getReadOnlyIdentityProvider();
    Set<String> candidates = new LinkedHashSet<>();
    for (IdentityLinkEntity link : candidateLinks(task)) {
      if (link.getUserId() != null) {
        candidates.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        identity.createUserQuery().memberOfGroup(link.getGroupId()).memberOfTenant(task.getTenantId()).list()
            .forEach(user -> candidates.add(user.getId()));
      }
    }
    List<User> coordinators = identity.createUserQuery().memberOfGroup(COORDINATORS)
        .memberOfTenant(task.getTenantId()).list();
    for (User coordinator : coordinators) {
      for (String candidate : candidates) {
        if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).userIdIn(coordinator.getId())
            .resourceType(Resources.USER).resourceId(candidate).count() == 0) {
          Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
          read.setUserId(coordinator.getId());
          read.setResource(Resources.USER);
          read.setResourceId(candidate);
          read.addPermission(Permissions.READ);
          authorizations.saveAuthorization(read);
        }
      }
    }
  }

  /** Whether the task is offered to the user: as a candidate user, or through a candidate group. */
  private static boolean isCandidate(CommandContext context, String userId, TaskEntity task) {
    List<IdentityLinkEntity> links = candidateLinks(task);
    if (links.stream().anyMatch(link -> userId.equals(link.getUserId()))) {
      return true;
    }
    if (task.getTenantId() != null && context.getReadOnlyIdentityProvider().createTenantQuery()
        .userMember(userId).includingGroupsOfUser(true).tenantId(task.getTenantId()).count() == 0) {
      return false;
    }
    List<String> groups = context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList();
    return links.stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  private static List<IdentityLinkEntity> candidateLinks(TaskEntity task) {
    return task.getIdentityLinks().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
  }
}
