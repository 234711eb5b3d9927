package kg.socialorder.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a Tasklist card tells about its task's case. The same task ("Сынак жарыялоону даярдоо") is
 * open for several orders and themes at once, and Tasklist's card shows only the task's own fields
 * and the variables its filter names; the business key is no variable, and the theme and the
 * municipality are not in every process or not in a readable form. Every user task, of every
 * process deployed, therefore gets on creation three task variables its cards show
 * ({@link #VARIABLES}): the business key, the theme (number and problem) and the municipality's
 * name. They are the task's own, so nothing of the process's data changes.
 */
@Configuration(proxyBeanMethods = false)
public class TaskCards {

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

  @Bean
  ProcessEnginePlugin taskCardVariables(SocialOrderProperties properties) {
    Map<String, String> names = properties.municipalities().stream()
        .collect(Collectors.toMap(Municipality::id, Municipality::displayName));
    TaskListener listener = task -> describe(task, names);
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
          configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
          }
        });
      }
    };
  }

  static void describe(DelegateTask task, Map<String, String> municipalities) {
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
    String municipality = municipalities.get(task.getTenantId());
    if (municipality != null) {
      task.setVariableLocal(CASE_MUNICIPALITY, municipality);
    }
  }

  static String shortened(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= PROBLEM_SHOWN ? line : line.substring(0, PROBLEM_SHOWN - 1).strip() + "…";
  }
}
