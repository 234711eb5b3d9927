package kg.socialorder.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Returns a called process's outputs to the scope its call activity runs in, as variables local to
 * that scope: for a call activity inside one branch of a multi-instance subprocess (a theme of the
 * social order), the branch keeps its own outcome and parallel branches never share one. A
 * {@code camunda:out} cannot do this by itself: it sets a variable where one of that name already is,
 * else on the process instance, so each branch had to declare every output beforehand as a null; and
 * {@code local="true"} sets it on the call activity's own execution, which ends with the call.
 *
 * <p>The call activity names the mapping ({@code camunda:variableMappingDelegateExpression=
 * "${outputsToCallingScope}"}) and its outputs, one extension property {@value #PROPERTY} per variable,
 * whose value is the called process's variable of the same name.
 */
@Component("outputsToCallingScope")
public class OutputsToCallingScope implements DelegateVariableMapping {

  public static final String PROPERTY = "output";

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    // inputs are the call activity's camunda:in mappings
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    VariableMap outputs = Variables.createVariables();
    for (String name : outputs(superExecution.getBpmnModelElementInstance())) {
      TypedValue value = subInstance.getVariableTyped(name);
      outputs.putValueTyped(name, value == null ? Variables.untypedNullValue() : value);
    }
    // a call activity is a scope: its execution's parent is the scope it runs in
    ((ExecutionEntity) superExecution).getParent().setVariablesLocal(outputs);
  }

  static List<String> outputs(BaseElement callActivity) {
    if (callActivity.getExtensionElements() == null) {
      return List.of();
    }
    return callActivity.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
        .stream().flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> PROPERTY.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).toList();
  }
}
