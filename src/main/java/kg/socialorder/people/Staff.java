package kg.socialorder.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kg.socialorder.engine.AssignResponsibleCoordinator;
import kg.socialorder.identity.OpenSessions;
import kg.socialorder.identity.Role;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of a municipality, and their leaving. Camunda has no "disabled" account, so deactivating
 * a person, in one transaction: records who they were and who deactivated them when
 * ({@link LeaverRegister}); hands each open task they hold or are named on to the successor, or back
 * to their roles' groups, with a comment on the task saying so; makes the successor (or no one) the
 * responsible coordinator of the cases they were responsible for, so later steps do not come back to
 * them; removes their group and municipality memberships; and replaces their password with a random
 * one no one knows, so their login fails. The account itself stays, with its name, so history and
 * Cockpit still name them. Once that has committed, the webapp sessions they have open on this node end
 * ({@link OpenSessions}); a deactivation rolled back ends none.
 */
@Service
public class Staff {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final LeaverRegister leavers;
  private final Refusals refusals;
  private final ValidationMessages messages;
  private final TransactionTemplate transaction;
  private final OpenSessions openSessions;
  private final Clock clock;

  public Staff(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
      LeaverRegister leavers, Refusals refusals, ValidationMessages messages,
      PlatformTransactionManager transactionManager, OpenSessions openSessions, Clock clock) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.leavers = leavers;
    this.refusals = refusals;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactionManager);
    this.openSessions = openSessions;
    this.clock = clock;
  }

  /** The people with access to the municipality, by name, with their roles. */
  public List<StaffMember> of(String municipality) {
    return identityService.createUserQuery().memberOfTenant(municipality).list().stream()
        .map(user -> new StaffMember(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(),
            roles(user.getId())))
        .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The people who left the municipality, the latest first. */
  public List<Leaver> leftFrom(String municipality) {
    return leavers.of(municipality);
  }

  /**
   * Deactivates {@code userId}; their tasks go to {@code successor} when one is named (an active person
   * of the same municipality), else back to their roles' groups. Refused, naming the field, for an
   * unknown person, one who already left, the administrator themselves, or a successor who does not fit.
   */
  public Leaver deactivate(String administrator, String userId, String successorId) {
    User person = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    if (person == null) {
      throw refusals.of("person", "personUnknown");
    }
    if (leavers.find(userId).isPresent()) {
      throw refusals.of("person", "personLeft", userId);
    }
    if (userId.equals(administrator)) {
      throw refusals.of("person", "personIsYou");
    }
    List<String> tenants = identityService.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId).sorted().toList();
    String successor = successorId == null || successorId.isBlank() ? null : successorId.strip();
    if (successor != null) {
      checkSuccessor(userId, successor, tenants);
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).sorted().toList();
    Instant now = clock.instant();
    Leaver leaver = new Leaver(userId, person.getFirstName(), person.getLastName(), person.getEmail(),
        tenants.isEmpty() ? null : tenants.get(0), groups, now, administrator, successor, 0);
    try {
      return transaction.execute(status -> {
        // the row first: of two deactivations of one person, the second waits here on the first's key
        leavers.insert(leaver);
        int handed = handOverTasks(leaver, groupsToOffer(groups));
        handOverCases(userId, successor);
        for (String group : groups) {
          identityService.deleteMembership(userId, group);
        }
        for (String tenant : tenants) {
          identityService.deleteTenantUserMembership(tenant, userId);
        }
        person.setPassword(unknownPassword());
        identityService.saveUser(person);
        leavers.tasksHandedOver(userId, handed);
        openSessions.endOnCommit(List.of(userId));
        return leavers.find(userId).orElseThrow();
      });
    } catch (DuplicateKeyException deactivatedMeanwhile) {
      throw refusals.of("person", "personLeft", userId);
    }
  }

  private void checkSuccessor(String userId, String successor, List<String> tenants) {
    if (successor.equals(userId)) {
      throw refusals.of("successor", "successorIsLeaver");
    }
    if (identityService.createUserQuery().userId(successor).count() == 0 || leavers.find(successor).isPresent()) {
      throw refusals.of("successor", "successorUnknown", successor);
    }
    Set<String> theirs = identityService.createTenantQuery().userMember(successor).list().stream()
        .map(Tenant::getId).collect(Collectors.toSet());
    if (!tenants.isEmpty() && tenants.stream().noneMatch(theirs::contains)) {
      throw refusals.of("successor", "successorOtherMunicipality", successor);
    }
  }

  /** The procedure's groups the person worked in, to which their tasks go back. */
  private static List<String> groupsToOffer(List<String> groups) {
    return Arrays.stream(Role.values()).filter(Role::worksInTasklist).map(Role::groupId)
        .filter(groups::contains).toList();
  }

  /**
   * The open tasks the person holds or is named a candidate of: each goes to the successor, or back to
   * its candidate groups (the person's roles' groups when it had none); a comment on the task says so.
   */
  private int handOverTasks(Leaver leaver, List<String> roleGroups) {
    String userId = leaver.userId();
    int handed = 0;
    // held (assignee), owned or named a candidate
    for (Task task : taskService.createTaskQuery().taskInvolvedUser(userId).list()) {
      boolean changed = false;
      if (userId.equals(task.getAssignee())) {
        taskService.setAssignee(task.getId(), leaver.successor());
        changed = true;
      }
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId())) {
          taskService.deleteCandidateUser(task.getId(), userId);
          if (leaver.successor() != null) {
            taskService.addCandidateUser(task.getId(), leaver.successor());
          }
          changed = true;
        }
      }
      if (!changed) {
        continue;
      }
      boolean offered = taskService.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
      if (!offered && leaver.successor() == null) {
        for (String group : roleGroups) {
          taskService.addCandidateGroup(task.getId(), group);
        }
      }
      taskService.createComment(task.getId(), task.getProcessInstanceId(), leaver.successor() == null
          ? messages.bilingual("handedBackToGroup", leaver.name(), leaver.deactivatedBy())
          : messages.bilingual("handedToSuccessor", leaver.name(), leaver.successor(), leaver.deactivatedBy()));
      handed++;
    }
    return handed;
  }

  /**
   * Cases the person was responsible for get the successor when a coordinator, else no one: their
   * later steps are offered to the coordinators' group instead of being assigned to the leaver.
   */
  private void handOverCases(String userId, String successor) {
    String coordinator = successor != null && identityService.createUserQuery().userId(successor)
        .memberOfGroup(Role.COORDINATOR.groupId()).count() > 0 ? successor : null;
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .variableValueEquals(AssignResponsibleCoordinator.VARIABLE, userId).list()) {
      runtimeService.setVariable(instance.getId(), AssignResponsibleCoordinator.VARIABLE, coordinator);
    }
  }

  private List<Role> roles(String userId) {
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    return Arrays.stream(Role.values()).filter(role -> groups.contains(role.groupId())).toList();
  }

  /** 32 random bytes no one is told: the login fails, whatever is typed. */
  private static String unknownPassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
