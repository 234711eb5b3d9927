package kg.socialorder.tasklist;

import java.util.List;
import java.util.Map;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.OnEveryUserTask;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card tells about its task's case. The same task ("Сынак жарыялоону даярдоо") is
 * open for several orders and themes at once, and Tasklist's card shows only the task's own fields
 * and the variables its filter names; the business key is no variable, and the theme and the
 * municipality are not in every process or not in a readable form. Every user task, of every
 * process deployed, therefore gets on creation three task variables its cards show
 * ({@link #VARIABLES}): the business key, the theme (number and problem) and the municipality's
 * name. They are the task's own, so nothing of the process's data changes. They cannot be written
 * once per process instance instead: Tasklist reads a card's variables with the reader's rights on
 * the instance, and a council deputy or a commission member may read their task, not the instance.
 */
@Component
@OnEveryUserTask
public class TaskCards implements TaskListener {

  public static final String CASE_KEY = "caseKey";
  public static final String CASE_THEME = "caseTheme";
  public static final String CASE_MUNICIPALITY = "caseMunicipality";

  /**
   * The card's variables with their labels, in the order cards show them, as filters list them;
   * each label is the same word in Kyrgyz and Russian, short enough for the card's narrow column.
   */
  public static final List<Map<String, String>> VARIABLES = List.of(
      Map.of("name", CASE_KEY, "label", "Номер"),
      Map.of("name", CASE_THEME, "label", "Тема"),
      Map.of("name", CASE_MUNICIPALITY, "label", "Муниципалитет"));

  static final int PROBLEM_SHOWN = 60;

  private final MunicipalityNames municipalities;

  public TaskCards(MunicipalityNames municipalities) {
    this.municipalities = municipalities;
  }

  @Override
  public void notify(DelegateTask task) {
    describe(task, municipalities);
  }

  static void describe(DelegateTask task, MunicipalityNames municipalities) {
    String key = task.getExecution().getProcessBusinessKey();
    if (key != null) {
      task.setVariableLocal(CASE_KEY, key);
    }
    // a contract's and a tranche's process is called from the theme: its theme is its caller's
    DelegateExecution scope = task.getExecution();
    while (scope != null && !scope.hasVariable("themeNumber")) {
      scope = scope.getProcessInstance().getSuperExecution();
    }
    Object number = scope == null ? null : scope.getVariable("themeNumber");
    Object problem = scope == null ? null : scope.getVariable("problem");
    if (number != null) {
      // the label says "Тема": the value starts with what tells themes apart
      task.setVariableLocal(CASE_THEME, number + (problem == null ? "" : ". " + shortened(problem.toString())));
    }
    municipalities.find(task.getTenantId())
        .ifPresent(municipality -> task.setVariableLocal(CASE_MUNICIPALITY, municipality.displayName()));
  }

  static String shortened(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= PROBLEM_SHOWN ? line : line.substring(0, PROBLEM_SHOWN - 1).strip() + "…";
  }
}
