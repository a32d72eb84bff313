package org.disputedesk.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.disputedesk.complaint.LiabilityShare;
import org.disputedesk.complaint.LiableParty;
import org.disputedesk.web.ClientText;
import org.disputedesk.web.InvalidFields;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields a Camunda form submitted with a task, read as a step's request: a field of the wrong
 * kind is a 400 naming it, as a malformed body would be at the endpoint.
 */
public final class TaskForm {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<String, Object> fields;
    private final Validator validator;

    TaskForm(Map<String, Object> fields, Validator validator) {
        this.fields = fields;
        this.validator = validator;
    }

    /** The request read from the form, once it passes the rules of the endpoint's body (else 400). */
    public <T> T valid(T request) {
        InvalidFields.throwIfAny(validator.validate(request));
        return request;
    }

    public String text(String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof String) {
            return ClientText.field(key, (String) value);
        }
        throw invalid(key, "must be text");
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = text(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(key, "is not one of the choices");
        }
    }

    public BigDecimal amount(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw invalid(key, "must be a number");
    }

    public Boolean flag(String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw invalid(key, "must be true or false");
    }

    /**
     * A list of ids, as Tasklist's text field gives it ({@code "12, 15"}) or as a client may send it
     * (a list of numbers, or the same as JSON text); null when the field is missing.
     */
    public List<Long> ids(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        List<?> given = value instanceof List<?> list ? list
                : List.of(value.toString().replaceAll("[\\[\\]]", "").split("[,\\s]+"));
        try {
            return given.stream().map(String::valueOf).filter(id -> !id.isBlank())
                    .map(id -> new BigDecimal(id).longValueExact()).toList();
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(key, "must list evidence ids, such as 12, 15");
        }
    }

    /**
     * A repeating group of fields (a Camunda form's dynamic list), as the engine REST API passes it
     * (a list of objects) or as a client may send it (the same as JSON text).
     */
    public List<Map<String, Object>> entries(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        try {
            List<?> list = value instanceof List<?> given ? given : JSON.readValue(value.toString(), List.class);
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> map)) {
                    throw invalid(key, "must be a list of objects");
                }
                String at = key + "[" + entries.size() + "].";
                Map<String, Object> fieldsOfEntry = new LinkedHashMap<>();
                map.forEach((name, v) -> fieldsOfEntry.put(String.valueOf(name),
                        v instanceof String text ? ClientText.field(at + name, text) : v));
                entries.add(fieldsOfEntry);
            }
            return entries;
        } catch (JsonProcessingException e) {
            throw invalid(key, "must be a list of objects");
        }
    }

    /** A ruling's liability split, a dynamic list of party, name and share; a row left blank is no share. */
    public List<LiabilityShare> liability(String key) {
        List<LiabilityShare> shares = new ArrayList<>();
        for (Map<String, Object> row : entries(key)) {
            Object party = row.get("party");
            Object name = row.get("name");
            Object share = row.get("share");
            if (blank(party) && blank(name) && blank(share)) {
                continue;
            }
            try {
                shares.add(new LiabilityShare(blank(party) ? null : LiableParty.valueOf(party.toString()),
                        blank(name) ? null : name.toString(),
                        blank(share) ? null : new BigDecimal(share.toString()).intValueExact()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw invalid(key, "must give each row a party (SHOP, STREAMER, MANUFACTURER or LABEL_PRINTER) "
                        + "and a share in whole percent");
            }
        }
        return shares;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static InvalidFields invalid(String key, String message) {
        return InvalidFields.of(key, message);
    }
}
