package kg.socialorder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kg.socialorder.model.DiagramTools.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BPMN ecosystem's own linters find nothing in processes/: bpmnlint with its recommended rules and
 * bpmnlint-plugin-camunda-compat for Camunda Platform 7.24 (processes/tools/.bpmnlintrc) on every diagram,
 * dmnlint (processes/tools/.dmnlintrc) on every decision table; not an error, not a warning.
 */
class DiagramLintTest {

  @BeforeAll
  static void installTheLinters() throws IOException, InterruptedException {
    assumeTrue(DiagramTools.nodeInstalled(), DiagramTools.MISSING);
    DiagramTools.install();
  }

  @Test
  void bpmnlintFindsNothingInAnyDiagram() throws IOException, InterruptedException {
    List<String> diagrams = files(".bpmn");
    assertThat(diagrams).hasSizeGreaterThanOrEqualTo(6);

    Run lint = bpmnlint(diagrams);

    assertThat(lint.exitCode()).as(lint.output()).isZero();
    assertThat(lint.output()).as("bpmnlint's report").doesNotContain("problem").doesNotContain("warning");
  }

  @Test
  void dmnlintFindsNothingInAnyDecisionTable() throws IOException, InterruptedException {
    List<String> tables = files(".dmn");
    assertThat(tables).hasSizeGreaterThanOrEqualTo(3);

    for (String table : tables) {
      // dmnlint reads one table per run
      Run lint = DiagramTools.tool("dmnlint", List.of(table));

      assertThat(lint.exitCode()).as(table + ":\n" + lint.output()).isZero();
      assertThat(lint.output()).as(table + ": dmnlint's report").doesNotContain("problem");
    }
  }

  @Test
  void aWarningFailsTheLint(@TempDir Path tree) throws IOException, InterruptedException {
    // two flows into a task without a merge gateway: fake-join, a warning of the recommended rules
    Path diagram = tree.resolve("fake-join.bpmn");
    Files.writeString(diagram, """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="Start" name="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="Work" name="Work">
              <bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:exclusiveGateway id="Again" name="Again?" default="F4">
              <bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing><bpmn:outgoing>F4</bpmn:outgoing>
            </bpmn:exclusiveGateway>
            <bpmn:endEvent id="End" name="End"><bpmn:incoming>F4</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Work" />
            <bpmn:sequenceFlow id="F2" sourceRef="Work" targetRef="Again" />
            <bpmn:sequenceFlow id="F3" name="yes" sourceRef="Again" targetRef="Work">
              <bpmn:conditionExpression>${again}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="F4" name="no" sourceRef="Again" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="p">
            <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="0" y="22" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Work_di" bpmnElement="Work"><dc:Bounds x="100" y="0" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Again_di" bpmnElement="Again"><dc:Bounds x="260" y="15" width="50" height="50" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="380" y="22" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="36" y="40" /><di:waypoint x="100" y="40" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="200" y="40" /><di:waypoint x="260" y="40" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="F3_di" bpmnElement="F3"><di:waypoint x="285" y="15" /><di:waypoint x="285" y="-20" /><di:waypoint x="150" y="-20" /><di:waypoint x="150" y="0" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="F4_di" bpmnElement="F4"><di:waypoint x="310" y="40" /><di:waypoint x="380" y="40" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """);

    Run lint = bpmnlint(List.of(diagram.toAbsolutePath().toString()));

    assertThat(lint.exitCode()).as(lint.output()).isNotZero();
    assertThat(lint.output()).contains("Work").contains("fake-join");
  }

  private static Run bpmnlint(List<String> diagrams) throws IOException, InterruptedException {
    return DiagramTools.tool("bpmnlint", Stream.concat(Stream.of("--max-warnings=0"), diagrams.stream()).toList());
  }

  /** The files of processes/ with that ending, as paths from processes/tools. */
  private static List<String> files(String ending) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(ending))
          .map(f -> "../" + f.getFileName()).sorted().toList();
    }
  }
}
