package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The diagram Cockpit and the case page draw (the model's BPMN DI), checked as geometry: a flow
 * that runs through a step it does not connect, or a name printed over another, reads as a
 * different process. Labels are the boxes the names are drawn in, so every name outside a task
 * has one placed explicitly rather than left to each renderer's guess. Each model of processes/ has its own
 * subclass naming its resource.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramLayoutTests {

    /** Room a flow keeps from a shape it passes: less and the line seems to touch it. */
    private static final double FLOW_CLEARANCE = 5;
    private static final double LABEL_CLEARANCE = 2;
    /** Shapes further apart than this read as separate; a boundary event sits on its step's edge. */
    private static final double SHAPE_CLEARANCE = 10;
    /** Where every return to mediation joins: the one place a flow may run right to left. */
    private static final String MEDIATION_MERGE = "Gateway_ToMediation";

    private BpmnModelInstance model;
    private final Map<String, Box> shapes = new LinkedHashMap<>();
    private final Map<String, Box> labels = new LinkedHashMap<>();
    private final Map<String, List<double[]>> flows = new LinkedHashMap<>();

    /** The model whose diagram is checked. */
    String resource() {
        return ComplaintProcess.RESOURCE;
    }

    @BeforeAll
    void readDiagram() throws IOException {
        try (InputStream bpmn = Files.newInputStream(Path.of("processes", resource()))) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            String id = shape.getBpmnElement().getId();
            shapes.put(id, Box.of(shape.getBounds()));
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                labels.put(id, Box.of(shape.getBpmnLabel().getBounds()));
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            String id = edge.getBpmnElement().getId();
            List<double[]> points = new ArrayList<>();
            for (Waypoint w : edge.getWaypoints()) {
                points.add(new double[] {w.getX(), w.getY()});
            }
            flows.put(id, points);
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                labels.put(id, Box.of(edge.getBpmnLabel().getBounds()));
            }
        }
    }

    @Test
    void everyElementAndFlowOfTheProcessIsDrawn() {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element instanceof SequenceFlow) {
                assertThat(flows).as("waypoints of %s", element.getId()).containsKey(element.getId());
            } else if (element instanceof FlowNode) {
                assertThat(shapes).as("shape of %s", element.getId()).containsKey(element.getId());
            }
        }
    }

    @Test
    void everyFlowLeavesItsSourceAndArrivesAtItsTargetInStraightHorizontalAndVerticalRuns() {
        for (SequenceFlow flow : sequenceFlows()) {
            List<double[]> points = flows.get(flow.getId());
            assertThat(shapes.get(flow.getSource().getId()).hasOnEdge(points.get(0)))
                    .as("%s starts on the edge of %s", flow.getId(), flow.getSource().getId()).isTrue();
            assertThat(shapes.get(flow.getTarget().getId()).hasOnEdge(points.get(points.size() - 1)))
                    .as("%s ends on the edge of %s", flow.getId(), flow.getTarget().getId()).isTrue();
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                assertThat(a[0] == b[0] || a[1] == b[1]).as("segment %d of %s is straight", i, flow.getId()).isTrue();
            }
        }
    }

    @Test
    void noFlowPassesThroughAStepGatewayOrEventItDoesNotConnect() {
        List<String> crossings = new ArrayList<>();
        for (SequenceFlow flow : sequenceFlows()) {
            Set<String> own = containers(flow);
            own.add(flow.getSource().getId());
            own.add(flow.getTarget().getId());
            shapes.forEach((id, shape) -> {
                if (!own.contains(id) && crosses(flows.get(flow.getId()), shape, FLOW_CLEARANCE)) {
                    crossings.add(flow.getId() + " through " + id);
                }
            });
        }
        assertThat(crossings).isEmpty();
    }

    /**
     * The case moves left to right; only the returns to mediation (information given, committee
     * ruled, remedy not delivered, …) loop back, and they all join at the gateway before it.
     * Compared by the shapes' centres, so a deadline's flow straight down or up counts as forward.
     */
    @Test
    void flowsReadLeftToRightExceptTheReturnsToMediation() {
        for (SequenceFlow flow : sequenceFlows()) {
            if (flow.getTarget().getId().equals(MEDIATION_MERGE)) {
                continue;
            }
            assertThat(shapes.get(flow.getTarget().getId()).centreX())
                    .as("%s runs left to right", flow.getId())
                    .isGreaterThanOrEqualTo(shapes.get(flow.getSource().getId()).centreX());
        }
    }

    @Test
    void everyNamedFlowEventAndGatewayHasItsLabelPlaced() {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            boolean labelledOutside = element instanceof SequenceFlow || element instanceof Event
                    || element instanceof Gateway;
            String name = element.getAttributeValue("name");
            if (labelledOutside && name != null && !name.isBlank()) {
                assertThat(labels).as("label of %s", element.getId()).containsKey(element.getId());
            }
        }
    }

    @Test
    void noLabelOverlapsAnotherLabelOrAShape() {
        List<String> overlaps = new ArrayList<>(pairsWhere(labels,
                (a, b) -> labels.get(a).overlaps(labels.get(b), LABEL_CLEARANCE)));
        labels.forEach((id, label) -> {
            Set<String> containers = containers(model.getModelElementById(id));
            shapes.forEach((shapeId, shape) -> {
                if (!containers.contains(shapeId) && label.overlaps(shape, LABEL_CLEARANCE)) {
                    overlaps.add("label of " + id + " on " + shapeId);
                }
            });
        });
        assertThat(overlaps).isEmpty();
    }

    @Test
    void noFlowRunsThroughALabelButItsOwn() {
        List<String> crossings = new ArrayList<>();
        flows.forEach((flowId, points) -> labels.forEach((id, label) -> {
            if (!id.equals(flowId) && crosses(points, label, LABEL_CLEARANCE)) {
                crossings.add(flowId + " through the label of " + id);
            }
        }));
        assertThat(crossings).isEmpty();
    }

    @Test
    void shapesStandApartExceptABoundaryEventOnItsStep() {
        assertThat(pairsWhere(shapes, (a, b) -> !nested(a, b) && !nested(b, a) && !attached(a, b) && !attached(b, a)
                && shapes.get(a).overlaps(shapes.get(b), SHAPE_CLEARANCE))).isEmpty();
    }

    /** Each pair of the boxes' ids, once, for which {@code test} holds. */
    private static List<String> pairsWhere(Map<String, Box> boxes, BiPredicate<String, String> test) {
        List<String> ids = new ArrayList<>(boxes.keySet());
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (test.test(ids.get(i), ids.get(j))) {
                    pairs.add(ids.get(i) + " and " + ids.get(j));
                }
            }
        }
        return pairs;
    }

    private boolean nested(String inner, String outer) {
        return containers(model.getModelElementById(inner)).contains(outer);
    }

    private boolean attached(String event, String host) {
        return model.getModelElementById(event) instanceof BoundaryEvent boundary
                && boundary.getAttachedTo().getId().equals(host);
    }

    private Collection<SequenceFlow> sequenceFlows() {
        return model.getModelElementsByType(SequenceFlow.class);
    }

    /** The sub-processes an element is drawn inside: their frames do not count as crossed. */
    private static Set<String> containers(ModelElementInstance element) {
        Set<String> ids = new HashSet<>();
        for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof SubProcess subProcess) {
                ids.add(subProcess.getId());
            }
        }
        return ids;
    }

    private static boolean crosses(List<double[]> points, Box box, double clearance) {
        for (int i = 1; i < points.size(); i++) {
            if (box.grown(clearance).isCutBy(points.get(i - 1), points.get(i))) {
                return true;
            }
        }
        return false;
    }

    private record Box(double x, double y, double w, double h) {

        static Box of(Bounds b) {
            return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
        }

        Box grown(double by) {
            return new Box(x - by, y - by, w + 2 * by, h + 2 * by);
        }

        double centreX() {
            return x + w / 2;
        }

        boolean overlaps(Box other, double clearance) {
            Box g = grown(clearance);
            return g.x < other.x + other.w && other.x < g.x + g.w && g.y < other.y + other.h && other.y < g.y + g.h;
        }

        boolean hasOnEdge(double[] p) {
            boolean within = p[0] >= x - 1 && p[0] <= x + w + 1 && p[1] >= y - 1 && p[1] <= y + h + 1;
            boolean onSide = Math.abs(p[0] - x) <= 1 || Math.abs(p[0] - x - w) <= 1;
            boolean onTopOrBottom = Math.abs(p[1] - y) <= 1 || Math.abs(p[1] - y - h) <= 1;
            return within && (onSide || onTopOrBottom);
        }

        /** Whether the segment a-b passes through the box's inside (Liang-Barsky clipping). */
        boolean isCutBy(double[] a, double[] b) {
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {a[0] - x, x + w - a[0], a[1] - y, y + h - a[1]};
            double enter = 0;
            double leave = 1;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] <= 0) {
                        return false;
                    }
                } else if (p[i] < 0) {
                    enter = Math.max(enter, q[i] / p[i]);
                } else {
                    leave = Math.min(leave, q[i] / p[i]);
                }
            }
            return enter < leave;
        }
    }
}
