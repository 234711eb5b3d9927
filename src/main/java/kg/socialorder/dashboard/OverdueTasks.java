package kg.socialorder.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.socialorder.SocialOrderProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * People's tasks past their due date, the longest overdue first, with the case they belong to. Read
 * through the engine's public task query (tasks are the engine's own record; no variable is read).
 */
@Component
public class OverdueTasks {

  public record OverdueTask(String municipality, String businessKey, String name, String assignee, LocalDate due,
      long daysLate) {}

  private final ProcessEngine engine;
  private final Clock clock;
  private final ZoneId zone;

  public OverdueTasks(ProcessEngine engine, Clock clock, SocialOrderProperties properties) {
    this.engine = engine;
    this.clock = clock;
    this.zone = properties.timeZone();
  }

  public DashboardFigures.Part<OverdueTask> of(Scope scope) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Date startOfToday = Date.from(today.atStartOfDay(zone).toInstant());
    TaskQuery query = engine.getTaskService().createTaskQuery().dueBefore(startOfToday);
    if (!scope.all()) {
      query.tenantIdIn(scope.municipalities().toArray(String[]::new));
    }
    int total = (int) query.count();
    List<Task> tasks = query.orderByDueDate().asc().orderByTaskId().asc().listPage(0, DashboardFigures.LIST_LIMIT);
    Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
        .collect(Collectors.toSet());
    Map<String, String> keys = instances.isEmpty() ? Map.of()
        : engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instances).list().stream()
            .filter(instance -> instance.getBusinessKey() != null)
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    List<OverdueTask> rows = tasks.stream().map(task -> {
      LocalDate due = task.getDueDate().toInstant().atZone(zone).toLocalDate();
      return new OverdueTask(task.getTenantId(), keys.get(task.getProcessInstanceId()), task.getName(),
          task.getAssignee(), due, ChronoUnit.DAYS.between(due, today));
    }).toList();
    return new DashboardFigures.Part<>(rows, total);
  }
}
