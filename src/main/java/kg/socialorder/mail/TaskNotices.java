package kg.socialorder.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kg.socialorder.OnEveryUserTask;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each new user task, of every process, is noted for its people (its assignee, or its candidate
 * users and the members of its candidate groups in its municipality), in the task's transaction;
 * {@link MailDigests} sends each person one message listing what they were given.
 */
@Component
@OnEveryUserTask
public class TaskNotices implements TaskListener {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  /** No engine service here: the engine is built with this listener, so it reads people through the task's engine. */
  public TaskNotices(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    String caseLabel = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Timestamp due = task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime());
    MailPeople people = new MailPeople(task.getProcessEngineServices().getIdentityService());
    for (MailPeople.Person person : people.ofTask(task.getAssignee(), users, groups, task.getTenantId())) {
      jdbc.update("insert into so_mail_task_notice (user_id, task_id, municipality, task_name, case_label, due_at, "
              + "created_at) values (?, ?, ?, ?, ?, ?, ?)",
          person.id(), task.getId(), task.getTenantId(), task.getName() == null ? task.getTaskDefinitionKey()
              : task.getName(), caseLabel, due, Timestamp.from(clock.instant()));
    }
  }
}
