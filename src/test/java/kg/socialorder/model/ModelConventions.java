package kg.socialorder.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The conventions for what designers edit (README, "Conventions the build checks"): every diagram and
 * form in processes/ and forms/ is checked, and each breach is reported as a line naming the file and the element.
 */
public final class ModelConventions {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern DELEGATE = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}$");
  private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");
  private static final Set<String> LABELLESS_LABELS = Set.of("№");

  private final Predicate<String> beanExists;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Path> forms = new HashMap<>();
  private final Set<String> usedForms = new HashSet<>();

  private ModelConventions(Predicate<String> beanExists) {
    this.beanExists = beanExists;
  }

  /** Every breach found in the two folders; empty when all is well. */
  public static List<String> check(Path processes, Path formsDir, Predicate<String> beanExists) throws IOException {
    ModelConventions conventions = new ModelConventions(beanExists);
    for (Path form : files(formsDir, ".form")) {
      conventions.readForm(form);
    }
    for (Path diagram : files(processes, ".bpmn")) {
      conventions.checkDiagram(diagram);
    }
    for (Path table : files(processes, ".dmn")) {
      conventions.checkDecisions(table);
    }
    conventions.forms.forEach((id, file) -> {
      if (!conventions.usedForms.contains(id)) {
        conventions.problems.add(name(file) + ": form '" + id + "' is not used by any diagram");
      }
    });
    return conventions.problems;
  }

  private void checkDiagram(Path file) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromFile(file.toFile());
    } catch (RuntimeException e) {
      problems.add(name(file) + ": does not parse: " + e.getMessage());
      return;
    }
    Set<String> laidOut = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> laidOut.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> laidOut.add(e.getBpmnElement().getId()));

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        problems.add(name(file) + ": process " + process.getId() + " is not executable");
      }
      if (process.getCamundaVersionTag() == null || process.getCamundaVersionTag().isBlank()) {
        problems.add(name(file) + ": process " + process.getId() + " has no versionTag");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(name(file) + ": process " + process.getId() + " has no historyTimeToLive");
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!laidOut.contains(node.getId())) {
        problems.add(name(file) + ": " + node.getElementType().getTypeName() + " " + node.getId() + " has no layout");
      }
      if (node.getName() == null || !CYRILLIC.matcher(node.getName()).find()) {
        if (!(node instanceof org.camunda.bpm.model.bpmn.instance.Gateway && node.getName() == null)) {
          problems.add(name(file) + ": " + node.getId() + " has no Kyrgyz name");
        }
      }
      checkBilingualName(file, node.getId(), node.getName());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!laidOut.contains(flow.getId())) {
        problems.add(name(file) + ": sequence flow " + flow.getId() + " has no layout");
      }
      checkBilingualName(file, flow.getId(), flow.getName());
    }
    for (org.camunda.bpm.model.bpmn.instance.Process process : model.getModelElementsByType(
        org.camunda.bpm.model.bpmn.instance.Process.class)) {
      checkBilingualName(file, process.getId(), process.getName());
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkFormRef(file, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), true);
      if (task.getCamundaAssignee() == null && task.getCamundaCandidateGroups() == null
          && task.getCamundaCandidateUsers() == null) {
        problems.add(name(file) + ": user task " + task.getId() + " has no assignee, candidate group or users");
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        checkFormRef(file, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), false);
      }
    }
    for (ModelElementInstance element : model.getModelElementsByType(
        model.getModel().getType(org.camunda.bpm.model.bpmn.instance.BaseElement.class))) {
      checkDelegates(file, element);
    }
    // listeners are extension elements, not base elements
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
        .forEach(l -> checkDelegates(file, l));
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
        .forEach(l -> checkDelegates(file, l));
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
        .forEach(l -> checkNamedInDocumentation(file, l));
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
        .forEach(l -> checkNamedInDocumentation(file, l));
  }

  /** A listener is not drawn: the documentation of its element names it, so a reader of the diagram finds it. */
  private void checkNamedInDocumentation(Path file, ModelElementInstance listener) {
    String expression = listener.getAttributeValueNs(CAMUNDA, "delegateExpression");
    Matcher bean = expression == null ? null : DELEGATE.matcher(expression);
    if (bean == null || !bean.matches()) {
      return;
    }
    ModelElementInstance element = listener.getParentElement().getParentElement();
    String documentation = element instanceof org.camunda.bpm.model.bpmn.instance.BaseElement base
        ? String.join(" ", base.getDocumentations().stream().map(d -> d.getTextContent()).toList()) : "";
    if (!documentation.contains(bean.group(1))) {
      problems.add(name(file) + ": " + element.getAttributeValue("id") + " has the listener " + bean.group(1)
          + ", which its documentation does not name");
    }
  }

  private void checkDelegates(Path file, ModelElementInstance element) {
    String where = element.getAttributeValue("id") != null
        ? element.getAttributeValue("id") : element.getElementType().getTypeName() + " of " + parentId(element);
    if (element.getAttributeValueNs(CAMUNDA, "class") != null) {
      problems.add(name(file) + ": " + where + " uses camunda:class; use delegateExpression with a Spring bean");
    }
    String expression = element.getAttributeValueNs(CAMUNDA, "delegateExpression");
    if (expression != null) {
      Matcher bean = DELEGATE.matcher(expression);
      if (!bean.matches()) {
        problems.add(name(file) + ": " + where + " delegateExpression " + expression + " is not ${beanName}");
      } else if (!beanExists.test(bean.group(1))) {
        problems.add(name(file) + ": " + where + " calls bean '" + bean.group(1) + "', which does not exist");
      }
    }
  }

  private static String parentId(ModelElementInstance element) {
    for (ModelElementInstance e = element.getParentElement(); e != null; e = e.getParentElement()) {
      if (e.getAttributeValue("id") != null) {
        return e.getAttributeValue("id");
      }
    }
    return "?";
  }

  private void checkFormRef(Path file, String element, String formRef, String binding, boolean required) {
    if (formRef == null) {
      if (required) {
        problems.add(name(file) + ": user task " + element + " has no formRef");
      }
      return;
    }
    usedForms.add(formRef);
    if (!"deployment".equals(binding)) {
      problems.add(name(file) + ": " + element + " binds form '" + formRef + "' by '" + binding + "', not 'deployment'");
    }
    if (!forms.containsKey(formRef)) {
      problems.add(name(file) + ": " + element + " refers to form '" + formRef + "', which forms/ does not have");
    }
  }

  private void checkDecisions(Path file) {
    try {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        if (decision.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(name(file) + ": decision " + decision.getId() + " has no historyTimeToLive");
        }
        if (decision.getVersionTag() == null) {
          problems.add(name(file) + ": decision " + decision.getId() + " has no versionTag");
        }
      }
    } catch (RuntimeException e) {
      problems.add(name(file) + ": does not parse: " + e.getMessage());
    }
  }

  private void readForm(Path file) {
    JsonNode form;
    try {
      form = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      problems.add(name(file) + ": is not valid JSON: " + e.getMessage());
      return;
    }
    String id = form.path("id").asText(null);
    String expected = file.getFileName().toString().replaceFirst("\\.form$", "");
    if (!expected.equals(id)) {
      problems.add(name(file) + ": form id '" + id + "' differs from the file name");
    }
    forms.put(id == null ? expected : id, file);
    checkLabels(file, form.path("components"));
  }

  /** Names on the canvas, in Tasklist and in Cockpit read "Кыргызча / Русский" (a Russian-speaking official reads them too). */
  private void checkBilingualName(Path file, String id, String name) {
    if (name != null && !(name.contains(" / ") && CYRILLIC.matcher(name).find())) {
      problems.add(name(file) + ": " + id + " name '" + name + "' is not bilingual \"Кыргызча / Русский\"");
    }
  }

  /** Labels read "Кыргызча / Русский". */
  private void checkLabels(Path file, JsonNode components) {
    for (JsonNode component : components) {
      for (String property : List.of("label", "dateLabel")) {
        String label = component.path(property).asText(null);
        if (label != null && !LABELLESS_LABELS.contains(label)
            && (!label.contains(" / ") || !CYRILLIC.matcher(label).find())) {
          problems.add(name(file) + ": " + component.path("id").asText("?") + " label '" + label
              + "' is not bilingual \"Кыргызча / Русский\"");
        }
      }
      for (JsonNode option : component.path("values")) {
        String label = option.path("label").asText("");
        if (!label.contains(" / ")) {
          problems.add(name(file) + ": " + component.path("id").asText("?") + " option '" + label
              + "' is not bilingual");
        }
      }
      checkLabels(file, component.path("components"));
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      // the diagram tools' npm packages (processes/tools/node_modules) are not our models
      return paths.filter(p -> p.toString().endsWith(suffix) && !p.toString().contains("node_modules")).sorted().toList();
    }
  }

  private static String name(Path file) {
    return file.getParent().getFileName() + "/" + file.getFileName();
  }
}
