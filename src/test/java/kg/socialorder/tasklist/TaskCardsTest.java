package kg.socialorder.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kg.socialorder.support.EngineTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task's card is its description, written with the task; the tasks an earlier version gave three
 * card variables and the diagram's documentation are moved over at start-up.
 */
class TaskCardsTest extends EngineTest {

  private static final String PROBLEM = "Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор жок, ата-энелери "
      + "иштей албай үйдө отурушат";

  @Autowired
  OlderTaskCards olderTaskCards;

  @Test
  void aNewTaskDescribesItsCaseAndCarriesNoVariableForIt() {
    Task task = firstTaskOfACompetition();

    assertThat(task.getDescription()).isEqualTo(String.join("\n",
        "Номер: " + businessKey(task),
        "Тема: 1. Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор жок, ата…",
        "Муниципалитет: Каракол шаары / город Каракол"));
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).doesNotContainKeys(
        OlderTaskCards.VARIABLES.toArray(String[]::new));
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult()
        .getDescription()).isEqualTo(task.getDescription());
  }

  @Test
  void aTaskOfAnEarlierVersionGetsItsCardAsItsDescriptionAndLosesItsCardVariables() {
    Task task = firstTaskOfACompetition();
    String card = task.getDescription();
    // as an earlier version left it: the diagram's documentation and a takeover's record after it, the
    // card in three variables
    String takeover = "Координатор 1 Каракол 02.03.2026 10:00 забрал(а) задачу у Координатор 2 Каракол";
    task.setDescription("Listeners, not drawn: When the form is submitted, validateCall.\n\n" + takeover);
    engine.getTaskService().saveTask(task);
    engine.getTaskService().setVariablesLocal(task.getId(), Map.of("caseKey", businessKey(task),
        "caseTheme", "1. Мүмкүнчүлүгү чектелген балдар үчүн күндүзгү борбор жок, ата…",
        "caseMunicipality", "Каракол шаары / город Каракол"));

    assertThat(olderTaskCards.moveOver()).isEqualTo(1);

    Task moved = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(moved.getDescription()).isEqualTo(card + "\n\n" + takeover);
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).doesNotContainKeys(
        OlderTaskCards.VARIABLES.toArray(String[]::new));
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult()
        .getDescription()).isEqualTo(moved.getDescription());
    assertThat(olderTaskCards.moveOver()).as("nothing left to move").isZero();
  }

  private Task firstTaskOfACompetition() {
    ProcessInstance competition = engine.getRuntimeService().startProcessInstanceByKey("competition",
        Variables.createVariables()
            .putValue("municipality", "karakol")
            .putValue("themeNumber", 1)
            .putValue("problem", PROBLEM)
            .putValue("targetGroup", "Мүмкүнчүлүгү чектелген балдар / Дети с ограниченными возможностями")
            .putValue("themeBudget", 900_000.0));
    return engine.getTaskService().createTaskQuery().processInstanceId(competition.getId()).singleResult();
  }

  private String businessKey(Task task) {
    String key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    assertThat(key).isNotBlank();
    return key;
  }
}
