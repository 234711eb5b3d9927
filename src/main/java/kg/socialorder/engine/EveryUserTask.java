package kg.socialorder.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.socialorder.OnEveryUserTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every user task of every process, those a designer deploys later included, the listeners
 * the application has for a task's creation (task listener beans marked {@link OnEveryUserTask}) and
 * its description (the expression bean so marked, tasklist/TaskCards), without a mark in each diagram.
 * The description replaces what a diagram documents of the task, which is written for designers.
 */
@Configuration(proxyBeanMethods = false)
public class EveryUserTask {

  @Bean
  ProcessEnginePlugin everyUserTaskListeners(@OnEveryUserTask List<TaskListener> listeners,
      @OnEveryUserTask Optional<Expression> description) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
          configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            for (TaskListener listener : listeners) {
              task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
            description.ifPresent(task::setDescriptionExpression);
          }
        });
      }
    };
  }
}
