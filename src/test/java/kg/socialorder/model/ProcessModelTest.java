package kg.socialorder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.socialorder.support.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;

/** Everything in processes/ and forms/ opens in Modeler, deploys, and keeps README's "Conventions the build checks". */
// drives no process: no coverage to compute (the listener would warn that it cannot)
@ExcludeFromProcessCoverage
class ProcessModelTest extends EngineTest {

  @Autowired
  ApplicationContext context;

  @Test
  void everyDiagramAndFormFollowsTheConventions() throws IOException {
    assertThat(Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn"))).isNotEmpty();

    List<String> problems = ModelConventions.check(Path.of("processes"), Path.of("forms"), context::containsBean);

    assertThat(problems).isEmpty();
  }

  @Test
  void everyDiagramAndFormIsDeployed() throws IOException {
    List<String> deployed = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .flatMap(d -> engine.getRepositoryService().getDeploymentResourceNames(d.getId()).stream())
        .map(name -> Path.of(name).getFileName().toString())
        .toList();
    try (var files = Files.list(Path.of("processes"))) {
      files.filter(Files::isRegularFile).forEach(f -> assertThat(deployed).contains(f.getFileName().toString()));
    }
    try (var files = Files.list(Path.of("forms"))) {
      files.forEach(f -> assertThat(deployed).contains(f.getFileName().toString()));
    }
  }

  @Test
  void aBadFileIsReported(@TempDir Path tree) throws IOException {
    Path processes = Files.createDirectories(tree.resolve("processes"));
    Path forms = Files.createDirectories(tree.resolve("forms"));
    Files.writeString(processes.resolve("bad.bpmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="bad" isExecutable="true">
            <bpmn:startEvent id="Start" name="Башталды" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Work" />
            <bpmn:userTask id="Work" name="Work" camunda:formRef="missing-form" camunda:formRefBinding="latest" />
            <bpmn:sequenceFlow id="F2" sourceRef="Work" targetRef="Pay" />
            <bpmn:serviceTask id="Pay" name="Төлөө" camunda:class="com.example.Pay">
              <bpmn:extensionElements>
                <camunda:executionListener delegateExpression="${noSuchBean}" event="start" />
              </bpmn:extensionElements>
            </bpmn:serviceTask>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="bad">
            <bpmndi:BPMNShape id="S" bpmnElement="Start"><dc:Bounds x="0" y="0" width="36" height="36" /></bpmndi:BPMNShape>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """);
    Files.writeString(processes.resolve("broken.bpmn"), "<bpmn:definitions");
    Files.writeString(forms.resolve("orphan.form"), """
        {"id": "orphan", "components": [{"type": "textfield", "id": "F", "key": "x", "label": "Name only"}]}
        """);
    Files.writeString(forms.resolve("garbled.form"), "{ not json");

    List<String> problems = ModelConventions.check(processes, forms, bean -> false);

    assertThat(problems).anyMatch(p -> p.contains("broken.bpmn: does not parse"));
    assertThat(problems).anyMatch(p -> p.contains("process bad has no versionTag"));
    assertThat(problems).anyMatch(p -> p.contains("process bad has no historyTimeToLive"));
    assertThat(problems).anyMatch(p -> p.contains("userTask Work has no layout"));
    assertThat(problems).anyMatch(p -> p.contains("sequence flow F1 has no layout"));
    assertThat(problems).anyMatch(p -> p.contains("Work has no Kyrgyz name"));
    assertThat(problems).anyMatch(p -> p.contains("Start name 'Башталды' is not bilingual"));
    assertThat(problems).anyMatch(p -> p.contains("refers to form 'missing-form', which forms/ does not have"));
    assertThat(problems).anyMatch(p -> p.contains("binds form 'missing-form' by 'latest'"));
    assertThat(problems).anyMatch(p -> p.contains("user task Work has no assignee, candidate group or users"));
    assertThat(problems).anyMatch(p -> p.contains("Pay uses camunda:class"));
    assertThat(problems).anyMatch(p -> p.contains("calls bean 'noSuchBean', which does not exist"));
    assertThat(problems).anyMatch(p -> p.contains("Pay has the listener noSuchBean, which its documentation does not name"));
    assertThat(problems).anyMatch(p -> p.contains("garbled.form: is not valid JSON"));
    assertThat(problems).anyMatch(p -> p.contains("form 'orphan' is not used by any diagram"));
    assertThat(problems).anyMatch(p -> p.contains("label 'Name only' is not bilingual"));
  }
}
