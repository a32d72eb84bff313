package org.disputedesk.portal.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a deployed process as SVG from the diagram the model carries (its BPMN DI), with the
 * steps a case has passed through and the one it waits in marked. Drawn on the server, so the
 * portal needs no diagram library; element names come from the message bundles
 * ({@code bpmn.<elementId>}).
 */
@Component
public class ProcessPicture {

    // Fit portal.css's 16px type into a 120-wide task. The case page shrinks the diagram to about half its
    // size, and smaller type would not be legible there.
    private static final int LINE_CHARS_LATIN = 13;
    private static final int LINE_CHARS_CJK = 7;
    private static final int LINE_HEIGHT = 17;
    private static final String CLOSING_PUNCTUATION = "？！。，、；：）」";

    /** {@code nameAbove}: a deadline on its step's top edge, whose name below would cover the step's own. */
    private record Shape(String id, String kind, double x, double y, double w, double h, Bounds label,
                         String name, boolean nameAbove) {
    }

    private record Edge(String id, List<double[]> points) {
    }

    private record Diagram(List<Shape> shapes, List<Edge> edges, double width, double height) {
    }

    private final RepositoryService repository;
    private final MessageSource messages;
    private final Map<String, Diagram> byDefinition = new ConcurrentHashMap<>();

    ProcessPicture(RepositoryService repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /**
     * @param current the activities a case waits in now
     * @param passed  the activities it has completed
     */
    public String svg(String processDefinitionId, Set<String> current, Set<String> passed, Locale locale) {
        Diagram diagram = byDefinition.computeIfAbsent(processDefinitionId,
                id -> read(repository.getBpmnModelInstance(id)));
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process\" role=\"img\" viewBox=\"0 0 ")
                .append(num(diagram.width())).append(' ').append(num(diagram.height())).append("\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        for (Edge edge : diagram.edges()) {
            svg.append("<polyline class=\"flow\" marker-end=\"url(#arrow)\" points=\"");
            for (double[] p : edge.points()) {
                svg.append(num(p[0])).append(',').append(num(p[1])).append(' ');
            }
            svg.append("\"/>");
        }
        for (Shape shape : diagram.shapes()) {
            String state = current.contains(shape.id()) ? " current" : passed.contains(shape.id()) ? " passed" : "";
            svg.append("<g class=\"").append(shape.kind()).append(state).append("\" data-element=\"")
                    .append(shape.id()).append("\">");
            drawShape(svg, shape);
            drawName(svg, shape, locale);
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void drawShape(StringBuilder svg, Shape s) {
        double cx = s.x() + s.w() / 2;
        double cy = s.y() + s.h() / 2;
        switch (s.kind()) {
            case "event", "end", "boundary" -> svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"")
                    .append(num(cy)).append("\" r=\"").append(num(s.w() / 2)).append("\"/>");
            case "gateway" -> svg.append("<polygon points=\"").append(num(cx)).append(',').append(num(s.y()))
                    .append(' ').append(num(s.x() + s.w())).append(',').append(num(cy)).append(' ')
                    .append(num(cx)).append(',').append(num(s.y() + s.h())).append(' ').append(num(s.x()))
                    .append(',').append(num(cy)).append("\"/>");
            default -> svg.append("<rect x=\"").append(num(s.x())).append("\" y=\"").append(num(s.y()))
                    .append("\" width=\"").append(num(s.w())).append("\" height=\"").append(num(s.h()))
                    .append("\" rx=\"10\"/>");
        }
    }

    private void drawName(StringBuilder svg, Shape s, Locale locale) {
        if (s.name() == null || s.kind().equals("subprocess") && s.name().isBlank()) {
            return;
        }
        String name = messages.getMessage("bpmn." + s.id(), null, s.name(), locale);
        boolean inside = s.kind().equals("task");
        List<String> lines = wrap(name, isCjk(name) ? LINE_CHARS_CJK : LINE_CHARS_LATIN);
        double x = s.label() != null && !inside ? s.label().getX() + s.label().getWidth() / 2 : s.x() + s.w() / 2;
        // y is a baseline: +6 puts the middle of a line, not its foot, on the task's centre
        double top = inside ? s.y() + s.h() / 2 + 6 - (lines.size() - 1) * LINE_HEIGHT / 2.0
                : s.label() != null ? s.label().getY() + 12
                : s.nameAbove() ? s.y() - 6 - (lines.size() - 1) * LINE_HEIGHT
                : s.kind().equals("subprocess") ? s.y() + 20 : s.y() + s.h() + LINE_HEIGHT;
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(top)).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? 0 : LINE_HEIGHT).append("\">")
                    .append(HtmlUtils.htmlEscape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    private static Diagram read(BpmnModelInstance model) {
        List<Shape> shapes = new ArrayList<>();
        double width = 0;
        double height = 0;
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            Bounds b = shape.getBounds();
            String kind = kind(element.getElementType().getTypeName());
            Bounds label = shape.getBpmnLabel() != null ? shape.getBpmnLabel().getBounds() : null;
            shapes.add(new Shape(element.getId(), kind, b.getX(), b.getY(), b.getWidth(), b.getHeight(), label,
                    element.getAttributeValue("name"), onTopEdge(model, element, b)));
            width = Math.max(width, b.getX() + b.getWidth());
            height = Math.max(height, b.getY() + b.getHeight() + 40);
        }
        // containers first, so that what they contain is drawn over them
        shapes.sort((a, b) -> Boolean.compare(!a.kind().equals("subprocess"), !b.kind().equals("subprocess")));
        List<Edge> edges = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            List<double[]> points = new ArrayList<>();
            for (Waypoint w : edge.getWaypoints()) {
                points.add(new double[] {w.getX(), w.getY()});
                width = Math.max(width, w.getX());
                height = Math.max(height, w.getY());
            }
            edges.add(new Edge(edge.getBpmnElement().getId(), points));
        }
        // room for the name under an end event on the right edge, which is wider than the event
        return new Diagram(shapes, edges, width + 40, height + 20);
    }

    private static boolean onTopEdge(BpmnModelInstance model, BaseElement element, Bounds event) {
        if (!(element instanceof BoundaryEvent boundary)) {
            return false;
        }
        Bounds host = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() == boundary.getAttachedTo())
                .findFirst().map(BpmnShape::getBounds).orElse(null);
        return host != null && event.getY() + event.getHeight() / 2 < host.getY() + host.getHeight() / 2;
    }

    private static String kind(String bpmnType) {
        return switch (bpmnType) {
            case "startEvent" -> "event";
            case "endEvent" -> "end";
            case "boundaryEvent" -> "boundary";
            case "exclusiveGateway", "parallelGateway", "eventBasedGateway", "inclusiveGateway" -> "gateway";
            case "subProcess" -> "subprocess";
            default -> "task";
        };
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean cjk = isCjk(text);
        for (String word : cjk ? text.split("") : text.split(" ")) {
            boolean full = line.length() > 0 && line.length() + word.length() + (cjk ? 0 : 1) > width;
            // Chinese typesetting never starts a line with closing punctuation: it stays with its sentence.
            if (full && !(cjk && CLOSING_PUNCTUATION.contains(word))) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0 && !cjk) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean isCjk(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
