package kg.socialorder.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.PublicFormat;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines of open tasks, by e-mail: a reminder to the task's people when its due date is near
 * ({@code social-order.mail.reminder-before}), and once it has passed, a message that it is overdue
 * to them and to whoever answers for them: the municipality's coordinators, or its heads when the
 * task is a coordinator's. Each once per task and due date (a new due date is a new occasion).
 * Both are mandatory. A tranche's report has its own reminder, written by the process.
 */
@Service
public class DueDateWatch {

  /** Tasks whose process reminds its people itself (tranche/SendReportReminder). */
  static final Set<String> REMINDED_BY_THEIR_PROCESS = Set.of("SubmitTrancheReport");

  private final TaskService tasks;
  private final MailPeople people;
  private final MailWriter writer;
  private final MailLinks links;
  private final MailProperties properties;
  private final Clock clock;

  public DueDateWatch(TaskService tasks, MailPeople people, MailWriter writer, MailLinks links,
      MailProperties properties, Clock clock) {
    this.tasks = tasks;
    this.people = people;
    this.writer = writer;
    this.links = links;
    this.properties = properties;
    this.clock = clock;
  }

  /** Writes the reminders and overdue messages that are due; how many were written. */
  @Transactional
  public int writeDue() {
    Instant now = clock.instant();
    int written = 0;
    for (Task task : tasks.createTaskQuery().active().dueBefore(Date.from(now.plus(properties.reminderBefore())))
        .orderByDueDate().asc().list()) {
      boolean overdue = task.getDueDate().toInstant().isBefore(now);
      List<MailPeople.Person> own = peopleOf(task);
      String occasion = task.getId() + ":" + task.getDueDate().getTime();
      if (!overdue) {
        if (REMINDED_BY_THEIR_PROCESS.contains(task.getTaskDefinitionKey())) {
          continue;
        }
        for (MailPeople.Person person : own) {
          written += writer.toPerson(occasion, task.getTenantId(), MailKind.REMINDER, person.id(), reminder(task),
              task.getProcessInstanceId()) ? 1 : 0;
        }
      } else {
        Map<String, MailPeople.Person> told = new LinkedHashMap<>();
        own.forEach(p -> told.put(p.id(), p));
        Role above = isCoordinators(task) ? Role.HEAD : Role.COORDINATOR;
        people.members(above.groupId(), task.getTenantId()).forEach(p -> told.putIfAbsent(p.id(), p));
        for (MailPeople.Person person : told.values()) {
          written += writer.toPerson(occasion, task.getTenantId(), MailKind.ESCALATION, person.id(),
              overdue(task, own), task.getProcessInstanceId()) ? 1 : 0;
        }
      }
    }
    return written;
  }

  private List<MailPeople.Person> peopleOf(Task task) {
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    return people.ofTask(task.getAssignee(), users, groups, task.getTenantId());
  }

  private boolean isCoordinators(Task task) {
    if (task.getAssignee() != null) {
      return people.members(Role.COORDINATOR.groupId(), task.getTenantId()).stream()
          .anyMatch(p -> p.id().equals(task.getAssignee()));
    }
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(link -> Role.COORDINATOR.groupId().equals(link.getGroupId()));
  }

  private MailContent reminder(Task task) {
    String due = day(task);
    return new MailContent("Мөөнөт жакындады: " + task.getName(), "Приближается срок: " + task.getName(),
        List.of("«" + task.getName() + "» тапшырмасын " + due + " чейин аткарыңыз."),
        List.of("Выполните задачу «" + task.getName() + "» до " + due + "."),
        List.of(), links.task(task.getId()), "Тапшырманы ачуу / Открыть задачу", null);
  }

  private MailContent overdue(Task task, List<MailPeople.Person> own) {
    String due = day(task);
    String who = own.isEmpty() ? "—" : String.join(", ", own.stream().map(MailPeople.Person::name).toList());
    return new MailContent("Мөөнөт өттү: " + task.getName(), "Срок пропущен: " + task.getName(),
        List.of("«" + task.getName() + "» тапшырмасынын мөөнөтү " + due + " өттү. Аткаруучу: " + who + "."),
        List.of("Срок задачи «" + task.getName() + "» истёк " + due + ". Исполнитель: " + who + "."),
        List.of(), links.task(task.getId()), "Тапшырманы ачуу / Открыть задачу", null);
  }

  private String day(Task task) {
    return PublicFormat.day(task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate());
  }
}
