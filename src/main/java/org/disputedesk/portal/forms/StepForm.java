package org.disputedesk.portal.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A Camunda Form as the portal renders it. Labels are message keys ({@code form.<formId>.<key>}),
 * so the wording lives in the bundles while the fields, their order, rules and conditions stay
 * in the one definition the engine deploys.
 */
public record StepForm(String id, List<Field> fields) {

    /**
     * One component. {@code type} is the Camunda Forms type (text, textfield, textarea, number,
     * radio, select, checkbox, dynamiclist), or {@code evidence}: a choice among the case's evidence
     * files; {@code name} is the key, or the path of a list. A described field has a hint under
     * {@code <messageKey>.hint}.
     */
    public record Field(String type, String name, String messageKey, boolean described, boolean required,
                        Integer maxLength,
                        Number min, Number max, Integer decimalDigits, boolean disabled, List<Option> options,
                        ShowWhen showWhen, List<Field> fields) {

        /** The input's step: cents for an amount with two decimals. */
        public String step() {
            return decimalDigits == null ? "any" : BigDecimal.ONE.movePointLeft(decimalDigits).toPlainString();
        }

        /** The JSON type the API expects for this field's value. */
        public String jsonType() {
            if (type.equals("number")) {
                return "number";
            }
            if (type.equals("checkbox") || !options.isEmpty() && options.get(0).value() instanceof Boolean) {
                return "boolean";
            }
            return "string";
        }
    }

    /** A choice: its value as the API takes it, its label's message key. */
    public record Option(Object value, String messageKey) {
    }

    /** The field shows, and is sent, only while {@code field} holds one of {@code values}. */
    public record ShowWhen(String field, Set<String> values) {

        public String valueList() {
            return String.join(" ", values);
        }
    }
}
