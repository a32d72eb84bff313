package org.disputedesk.portal.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a Camunda Form's JSON into a {@link StepForm}. It knows the components and the one shape
 * of condition the definitions use ({@code =a != "X" and a != "Y"}); anything else is refused
 * when the form is loaded, so a form the portal cannot show faithfully never reaches a user. Two
 * custom properties speak to the portal alone: {@code operatorOnly} marks a field only an operator
 * completing the task in Tasklist fills in (a party's own step knows it), and {@code picker:
 * evidence} a text field of evidence ids the portal offers as the case's files to choose from.
 */
final class FormParser {

    private static final Pattern NOT_EQUAL = Pattern.compile("(\\w+)\\s*!=\\s*\"([^\"]*)\"");
    private static final Set<String> TYPES = Set.of(
            "text", "textfield", "textarea", "number", "radio", "select", "checkbox", "dynamiclist");

    private FormParser() {
    }

    static StepForm parse(JsonNode form) {
        String id = form.path("id").asText();
        return new StepForm(id, fields(form.path("components"), "form." + id));
    }

    private static List<StepForm.Field> fields(JsonNode components, String prefix) {
        List<StepForm.Field> fields = new ArrayList<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (!TYPES.contains(type)) {
                throw new IllegalStateException("Form component type the portal cannot show: " + type);
            }
            JsonNode properties = c.path("properties");
            if (properties.path("operatorOnly").asBoolean(false)) {
                continue;
            }
            if (type.equals("textfield") && properties.path("picker").asText("").equals("evidence")) {
                type = "evidence";
            }
            String name = type.equals("text") ? "intro"
                    : type.equals("dynamiclist") ? c.path("path").asText() : c.path("key").asText();
            String key = prefix + "." + name;
            JsonNode validate = c.path("validate");
            fields.add(new StepForm.Field(type, name, key, c.hasNonNull("description"),
                    validate.path("required").asBoolean(false),
                    validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.hasNonNull("min") ? validate.get("min").numberValue() : null,
                    validate.hasNonNull("max") ? validate.get("max").numberValue() : null,
                    c.hasNonNull("decimalDigits") ? c.get("decimalDigits").asInt() : null,
                    c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false),
                    options(c.path("values"), key),
                    showWhen(c.path("conditional").path("hide").asText(null)),
                    type.equals("dynamiclist") ? fields(c.path("components"), key) : List.of()));
        }
        return fields;
    }

    private static List<StepForm.Option> options(JsonNode values, String fieldKey) {
        List<StepForm.Option> options = new ArrayList<>();
        for (JsonNode v : values) {
            JsonNode value = v.path("value");
            options.add(new StepForm.Option(value.isBoolean() ? value.booleanValue() : value.asText(),
                    fieldKey + "." + value.asText()));
        }
        return options;
    }

    /** {@code =decision != "SETTLE" and decision != "RULE_FOR_BUYER"}: shown while decision is one of them. */
    static StepForm.ShowWhen showWhen(String hide) {
        if (hide == null) {
            return null;
        }
        String field = null;
        Set<String> values = new LinkedHashSet<>();
        for (String part : hide.replaceFirst("^=", "").split("\\s+and\\s+")) {
            Matcher m = NOT_EQUAL.matcher(part.trim());
            if (!m.matches() || field != null && !field.equals(m.group(1))) {
                throw new IllegalStateException("Form condition the portal cannot show: " + hide);
            }
            field = m.group(1);
            values.add(m.group(2));
        }
        return new StepForm.ShowWhen(field, values);
    }
}
