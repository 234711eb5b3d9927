package kg.socialorder.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;

/**
 * Every service task in processes/ can be placed from Camunda Modeler with a template of
 * processes/element-templates/ that sets the same delegate and asynchronous continuation: a new
 * service task without its template fails here.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes", "element-templates");
  static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");
  private static final Pattern TEMPLATE_ID = Pattern.compile("kg\\.socialorder\\.[a-z][A-Za-z0-9]*");

  @Test
  void everyServiceTaskHasATemplateThatSetsWhatTheDiagramSets() throws IOException {
    Map<String, JsonNode> templates = templatesByDelegate();
    List<String> problems = new ArrayList<>();
    List<ServiceTask> tasks = serviceTasks();
    assertThat(tasks).isNotEmpty();

    for (ServiceTask task : tasks) {
      String where = task.getId() + " (" + task.getCamundaDelegateExpression() + ")";
      JsonNode template = templates.get(task.getCamundaDelegateExpression());
      if (template == null) {
        problems.add(where + " has no element template in " + TEMPLATES);
        continue;
      }
      boolean templateAsync = "true".equals(bound(template, "camunda:asyncBefore"));
      if (templateAsync != task.isCamundaAsyncBefore()) {
        problems.add(where + ": asyncBefore " + task.isCamundaAsyncBefore() + " in the diagram, "
            + templateAsync + " in " + template.path("id").asText());
      }
      CamundaFailedJobRetryTimeCycle cycle = task.getExtensionElements() == null ? null
          : task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list()
              .stream().findFirst().orElse(null);
      // Camunda 7 templates have no binding for the retry cycle: the template names it for the designer
      if (cycle != null && !template.path("description").asText().contains(cycle.getTextContent())) {
        problems.add(where + ": template " + template.path("id").asText() + " does not name the retry cycle "
            + cycle.getTextContent());
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void everyTemplateIsWellFormed() throws IOException {
    for (Path file : templateFiles()) {
      JsonNode template = new ObjectMapper().readTree(file.toFile());
      String id = template.path("id").asText();
      assertThat(template.path("$schema").asText()).as(file.toString()).isEqualTo(SCHEMA);
      assertThat(id).as(file.toString()).matches(TEMPLATE_ID);
      assertThat(template.path("name").asText()).as(id).contains(" / ").containsPattern(CYRILLIC);
      assertThat(template.path("version").isInt()).as(id).isTrue();
      assertThat(template.path("appliesTo")).as(id).hasSize(1);
      assertThat(template.path("appliesTo").get(0).asText()).as(id).isEqualTo("bpmn:ServiceTask");
      JsonNode delegate = property(template, "camunda:delegateExpression");
      assertThat(delegate).as(id + " sets camunda:delegateExpression").isNotNull();
      assertThat(delegate.path("type").asText()).as(id).isEqualTo("Hidden");
      assertThat(delegate.path("value").asText()).as(id).matches("\\$\\{[a-z][A-Za-z0-9]*}");
      assertThat(id).as("template id names its bean").isEqualTo("kg.socialorder."
          + delegate.path("value").asText().replaceAll("[${}]", ""));
      for (JsonNode property : template.path("properties")) {
        assertThat(property.path("label").asText()).as(id).contains(" / ");
      }
    }
  }

  @Test
  void templatesStayOutOfTheEngineAndTheModelChecks() throws IOException {
    assertThat(templateFiles()).isNotEmpty();
    // the build leaves them off the classpath, so the auto-deployment never sees them
    assertThat(getClass().getResource("/processes/element-templates")).isNull();
    assertThat(getClass().getResource("/processes/problem-selection.bpmn")).isNotNull();
    // ModelConventions walks processes/ for .bpmn and .dmn only
    assertThat(ModelConventions.check(TEMPLATES, Path.of("no-forms"), bean -> true)).isEmpty();
  }

  private static Map<String, JsonNode> templatesByDelegate() throws IOException {
    Map<String, JsonNode> byDelegate = new HashMap<>();
    for (Path file : templateFiles()) {
      JsonNode template = new ObjectMapper().readTree(file.toFile());
      String delegate = bound(template, "camunda:delegateExpression");
      if (delegate != null) {
        byDelegate.put(delegate, template);
      }
    }
    return byDelegate;
  }

  private static String bound(JsonNode template, String attribute) {
    JsonNode property = property(template, attribute);
    return property == null ? null : property.path("value").asText();
  }

  private static JsonNode property(JsonNode template, String attribute) {
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      if ("property".equals(binding.path("type").asText()) && attribute.equals(binding.path("name").asText())) {
        return property;
      }
    }
    return null;
  }

  private static List<ServiceTask> serviceTasks() throws IOException {
    List<ServiceTask> tasks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path diagram : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        tasks.addAll(Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(ServiceTask.class));
      }
    }
    return tasks;
  }

  private static List<Path> templateFiles() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }
}
