package kg.socialorder.tasklist;

import java.util.ArrayList;
import java.util.List;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.OnEveryUserTask;
import kg.socialorder.SocialOrderProperties.Municipality;
import kg.socialorder.ThemeNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card tells about its task's case. The same task ("Сынак жарыялоону даярдоо") is
 * open for several orders and themes at once, and Tasklist's card shows only the task's own fields;
 * the business key is no task field, and the theme and the municipality are not in every process or
 * not in a readable form. Every user task, of every process deployed, is therefore created with a
 * description of three lines (engine/EveryUserTask): the business key, the theme (number and problem)
 * and the municipality's name, each after a label that is the same word in Kyrgyz and Russian.
 * Tasklist shows it on the card (custom/task-cards.js) and under "Description".
 *
 * <p>The description is a column of the task's own row, written with it: a person who may read the
 * task reads it, a council deputy or a commission member included, who may not read the process
 * instance, and it costs no statement. Task variables did the same before at three variable instances
 * a task, each a runtime row, a history row and a delete; {@link OlderTaskCards} moves the tasks of
 * that time over. The diagrams' documentation of a user task, written for designers, is not what an
 * official should read, so it is not the description.
 */
@Component
@OnEveryUserTask
public class TaskCards implements Expression {

  static final String NUMBER = "Номер: ";
  static final String THEME = "Тема: ";
  static final String MUNICIPALITY = "Муниципалитет: ";
  static final int PROBLEM_SHOWN = 60;

  private final MunicipalityNames municipalities;
  private final ThemeNames themes;

  public TaskCards(MunicipalityNames municipalities, ThemeNames themes) {
    this.municipalities = municipalities;
    this.themes = themes;
  }

  /** The description of a task created in that execution. */
  @Override
  public Object getValue(VariableScope scope) {
    return describe((DelegateExecution) scope);
  }

  String describe(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    // a competition and a contract have their theme; a tranche and a final report are the theme's too, by
    // its key, and read it from the register (one query, where walking up to the caller took three)
    Object number = execution.getVariable("themeNumber");
    String theme = null;
    if (number != null) {
      theme = number + problem(execution.getVariable("problem"));
    } else if (key != null) {
      theme = themes.find(key).map(found -> found.number() + problem(found.problem())).orElse(null);
    }
    return card(key, theme,
        municipalities.find(execution.getTenantId()).map(Municipality::displayName).orElse(null));
  }

  /** The theme's problem after its number, shortened to the card's width: what tells themes apart. */
  private static String problem(Object problem) {
    return problem == null ? "" : ". " + shortened(problem.toString());
  }

  /** The card's lines of what is known: the business key, the theme, the municipality's name. */
  static String card(String key, String theme, String municipality) {
    List<String> lines = new ArrayList<>(3);
    if (key != null) {
      lines.add(NUMBER + key);
    }
    if (theme != null) {
      lines.add(THEME + theme);
    }
    if (municipality != null) {
      lines.add(MUNICIPALITY + municipality);
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  static String shortened(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= PROBLEM_SHOWN ? line : line.substring(0, PROBLEM_SHOWN - 1).strip() + "…";
  }

  @Override
  public void setValue(Object value, VariableScope scope) {
    throw new UnsupportedOperationException("a task card's description is not set");
  }

  @Override
  public String getExpressionText() {
    return "the task's case: number, theme and municipality";
  }

  @Override
  public boolean isLiteralText() {
    return false;
  }
}
