package kg.socialorder.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasks created by a version before {@link TaskCards} wrote a card into the description carried their
 * card in three task variables, and their description was the diagram's documentation, in one
 * paragraph, with any takeover's record after it (engine/ClaimedTaskInterceptor). At start-up each
 * such task still open gets the card its variables hold in the documentation's place, the records kept
 * after it, and the variables go; a start interrupted midway does the rest at the next. A database
 * without them (every task created by this version, or moved over already) costs one query.
 */
@Component
class OlderTaskCards {

  static final String KEY = "caseKey";
  static final List<String> VARIABLES = List.of(KEY, "caseTheme", "caseMunicipality");
  private static final int PER_QUERY = 200;
  private static final Logger LOG = LoggerFactory.getLogger(OlderTaskCards.class);

  private final ProcessEngine engine;

  OlderTaskCards(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Moves the open tasks of an earlier version over; how many were moved. */
  @EventListener(ApplicationReadyEvent.class)
  public int moveOver() {
    TaskService tasks = engine.getTaskService();
    int moved = 0;
    List<String> ids;
    do {
      ids = engine.getRuntimeService().createVariableInstanceQuery().variableName(KEY).listPage(0, PER_QUERY)
          .stream().map(VariableInstance::getTaskId).filter(Objects::nonNull).distinct().toList();
      for (String id : ids) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        if (task == null) {
          // completed meanwhile, on another node: its variables went with it
          continue;
        }
        Map<String, Object> card = tasks.getVariablesLocal(id, VARIABLES);
        String before = task.getDescription() == null ? "" : task.getDescription();
        String records = before.contains("\n\n") ? before.substring(before.indexOf("\n\n")) : "";
        task.setDescription(
            TaskCards.card(text(card, KEY), text(card, "caseTheme"), text(card, "caseMunicipality")) + records);
        tasks.saveTask(task);
        tasks.removeVariablesLocal(id, VARIABLES);
        moved++;
      }
    } while (ids.size() == PER_QUERY);
    if (moved > 0) {
      LOG.info("Task cards: {} open tasks of an earlier version now show their case in their description", moved);
    }
    return moved;
  }

  private static String text(Map<String, Object> variables, String name) {
    return variables.get(name) instanceof String text && !text.isBlank() ? text : null;
  }
}
