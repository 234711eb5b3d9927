package kg.socialorder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;

/**
 * Every diagram's layout, as its BPMNDiagram says (processes/tools: npm run layout): each plane fits an A4
 * landscape page at a readable size (about 2 000 px wide), no two flows cross, and no label lies on
 * another label or on a shape.
 */
class DiagramLayoutTest {

  static final int MAX_WIDTH = 2100;

  record Box(String id, double x, double y, double width, double height) {
    boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }
  }

  record Segment(String flow, String target, double x1, double y1, double x2, double y2) {
    boolean horizontal() {
      return y1 == y2;
    }

    /** A horizontal and a vertical segment that cut through each other (touching at an end is a join, not a crossing). */
    boolean crosses(Segment other) {
      if (horizontal() == other.horizontal()) {
        return false;
      }
      Segment h = horizontal() ? this : other;
      Segment v = horizontal() ? other : this;
      return v.x1 > Math.min(h.x1, h.x2) && v.x1 < Math.max(h.x1, h.x2)
          && h.y1 > Math.min(v.y1, v.y2) && h.y1 < Math.max(v.y1, v.y2);
    }
  }

  @Test
  void everyPlaneFitsAPageAndNoFlowsCrossAndNoLabelsCollide() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
          problems.addAll(check(file.getFileName() + " " + plane.getBpmnElement().getAttributeValue("id"), plane));
        }
      }
    }

    assertThat(problems).as("lay the diagram out again (processes/tools/layouts, npm run layout)").isEmpty();
  }

  @Test
  void crossingFlowsAndCollidingLabelsAreReported() {
    BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="A" name="A" /><bpmn:endEvent id="B" name="B" />
            <bpmn:startEvent id="C" name="C" /><bpmn:endEvent id="D" name="D" />
            <bpmn:sequenceFlow id="AB" sourceRef="A" targetRef="B" />
            <bpmn:sequenceFlow id="CD" sourceRef="C" targetRef="D" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="DD"><bpmndi:BPMNPlane id="P" bpmnElement="p">
            <bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="0" y="100" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="400" y="0" width="90" height="28" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="B_di" bpmnElement="B"><dc:Bounds x="2400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="C_di" bpmnElement="C"><dc:Bounds x="200" y="0" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="420" y="10" width="90" height="28" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="D_di" bpmnElement="D"><dc:Bounds x="200" y="300" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="AB_di" bpmnElement="AB"><di:waypoint x="36" y="118" /><di:waypoint x="2400" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="CD_di" bpmnElement="CD"><di:waypoint x="218" y="36" /><di:waypoint x="218" y="300" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    List<String> problems = check("test", model.getModelElementsByType(BpmnPlane.class).iterator().next());

    assertThat(problems).contains("test is 2436 px wide", "test: flows AB and CD cross", "test: A label lies on C label");
  }

  static List<String> check(String where, BpmnPlane plane) {
    List<String> problems = new ArrayList<>();
    List<Box> shapes = new ArrayList<>();
    List<Box> labels = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    for (DiagramElement element : plane.getDiagramElements()) {
      if (element instanceof BpmnShape shape) {
        String id = shape.getBpmnElement().getId();
        shapes.add(box(id, shape.getBounds()));
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
          labels.add(box(id + " label", shape.getBpmnLabel().getBounds()));
        }
      } else if (element instanceof BpmnEdge edge) {
        BaseElement flow = edge.getBpmnElement();
        String target = flow instanceof SequenceFlow sequence ? sequence.getTarget().getId() : "";
        List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
        for (int i = 1; i < points.size(); i++) {
          segments.add(new Segment(flow.getId(), target, points.get(i - 1).getX(), points.get(i - 1).getY(),
              points.get(i).getX(), points.get(i).getY()));
        }
        if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
          labels.add(box(flow.getId() + " label", edge.getBpmnLabel().getBounds()));
        }
      }
    }
    List<Box> all = new ArrayList<>(shapes);
    all.addAll(labels);
    double width = all.stream().mapToDouble(b -> b.x + b.width).max().orElse(0)
        - all.stream().mapToDouble(Box::x).min().orElse(0);
    if (width > MAX_WIDTH) {
      problems.add(where + " is " + Math.round(width) + " px wide");
    }
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        Segment a = segments.get(i);
        Segment b = segments.get(j);
        if (!a.flow.equals(b.flow) && a.crosses(b)) {
          problems.add(where + ": flows " + a.flow + " and " + b.flow + " cross");
        }
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        if (labels.get(i).overlaps(labels.get(j))) {
          problems.add(where + ": " + labels.get(i).id + " lies on " + labels.get(j).id);
        }
      }
      for (Box shape : shapes) {
        if (labels.get(i).overlaps(shape) && !labels.get(i).id.equals(shape.id + " label")) {
          problems.add(where + ": " + labels.get(i).id + " lies on " + shape.id);
        }
      }
    }
    return problems;
  }

  private static Box box(String id, Bounds bounds) {
    return new Box(id, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
  }
}
