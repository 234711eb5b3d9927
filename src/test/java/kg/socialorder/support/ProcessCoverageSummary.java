package kg.socialorder.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Process test coverage of the whole run. The coverage extension writes one report per test class
 * (target/process-test-coverage/&lt;class&gt;/report.json and .html); a flow node is covered when any
 * test passes it, so this listener, after the last test, merges the reports of the classes that ran
 * into {@code all/report.html} (every run of every class in one suite, to browse the diagrams) and
 * {@code summary.md}: per process, flow nodes and sequence flows covered of all, and those no test
 * passes. Registered through META-INF/services, so every test command of the build writes it.
 */
public class ProcessCoverageSummary implements TestExecutionListener {

  static final Path REPORTS = Path.of("target", "process-test-coverage");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    List<JsonNode> reports = new ArrayList<>();
    for (String testClass : testClasses(plan)) {
      Path report = REPORTS.resolve(testClass).resolve("report.json");
      if (Files.isRegularFile(report)) {
        reports.add(read(report));
      }
    }
    if (reports.isEmpty()) {
      return;
    }
    Map<String, String> models = new TreeMap<>();
    Map<String, Set<String>> covered = new TreeMap<>();
    ArrayNode runs = json.createArrayNode();
    for (JsonNode report : reports) {
      report.path("models").forEach(model -> models.putIfAbsent(model.path("key").asText(), model.path("xml").asText()));
      for (JsonNode suite : report.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          ObjectNode named = run.deepCopy();
          String name = simpleName(suite.path("name").asText()) + "." + run.path("name").asText();
          named.put("id", name);
          named.put("name", name);
          runs.add(named);
          run.path("events").forEach(event -> covered
              .computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
              .add(event.path("definitionKey").asText()));
        }
      }
    }
    try {
      Files.createDirectories(REPORTS);
      writeMergedReport(runs, reports);
      Files.writeString(REPORTS.resolve("summary.md"), summary(models, covered), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the process coverage summary", e);
    }
  }

  private void writeMergedReport(ArrayNode runs, List<JsonNode> reports) {
    ObjectNode merged = json.createObjectNode();
    ObjectNode suite = merged.putArray("suites").addObject();
    suite.put("id", "all");
    suite.put("name", "All tests");
    suite.set("runs", runs);
    ArrayNode models = merged.putArray("models");
    Set<String> keys = new HashSet<>();
    reports.forEach(report -> report.path("models").forEach(model -> {
      if (keys.add(model.path("key").asText())) {
        models.add(model);
      }
    }));
    CoverageReportUtil.writeReport(merged.toString(), true, REPORTS.resolve("all").toFile(), "report.html",
        CoverageReportUtil::generateHtml);
  }

  private static String summary(Map<String, String> models, Map<String, Set<String>> covered) {
    StringBuilder table = new StringBuilder("# Process test coverage\n\n"
        + "Flow nodes and sequence flows passed by at least one test of the run.\n\n"
        + "| process | flow nodes | sequence flows | total |\n|---|---|---|---|\n");
    StringBuilder missing = new StringBuilder();
    models.forEach((key, xml) -> {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      Set<String> passed = covered.getOrDefault(key, Set.of());
      Set<String> nodes = ids(model.getModelElementsByType(FlowNode.class));
      Set<String> flows = ids(model.getModelElementsByType(SequenceFlow.class));
      Set<String> missedNodes = missed(nodes, passed);
      Set<String> missedFlows = missed(flows, passed);
      int all = nodes.size() + flows.size();
      int hit = all - missedNodes.size() - missedFlows.size();
      table.append("| ").append(key)
          .append(" | ").append(nodes.size() - missedNodes.size()).append('/').append(nodes.size())
          .append(" | ").append(flows.size() - missedFlows.size()).append('/').append(flows.size())
          .append(" | ").append(String.format("%.0f %%", all == 0 ? 100.0 : 100.0 * hit / all)).append(" |\n");
      if (!missedNodes.isEmpty() || !missedFlows.isEmpty()) {
        missing.append("\n## ").append(key).append(": not covered\n\n");
        missedNodes.forEach(id -> missing.append("- flow node `").append(id).append("`\n"));
        missedFlows.forEach(id -> missing.append("- sequence flow `").append(id).append("`\n"));
      }
    });
    return table.append(missing.isEmpty() ? "\nEvery flow node and sequence flow is covered.\n" : missing).toString();
  }

  private static Set<String> ids(Collection<? extends FlowElement> elements) {
    Set<String> ids = new TreeSet<>();
    elements.forEach(element -> ids.add(element.getId()));
    return ids;
  }

  private static Set<String> missed(Set<String> elements, Set<String> passed) {
    Set<String> missed = new TreeSet<>(elements);
    missed.removeAll(passed);
    return missed;
  }

  private static Set<String> testClasses(TestPlan plan) {
    Set<String> classes = new TreeSet<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier test : plan.getDescendants(root)) {
        test.getSource().filter(ClassSource.class::isInstance)
            .ifPresent(source -> classes.add(((ClassSource) source).getClassName()));
      }
    }
    return classes;
  }

  private JsonNode read(Path report) {
    try {
      return json.readTree(report.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + report, e);
    }
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
