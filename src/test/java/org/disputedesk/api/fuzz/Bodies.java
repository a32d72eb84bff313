package org.disputedesk.api.fuzz;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.disputedesk.api.fuzz.Probe.Validity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Generated JSON bodies, field by field: valid values, boundaries, hostile strings, wrong types,
 * missing and null fields, each field saying how valid it leaves the body.
 */
final class Bodies {

    static final List<String> CATEGORIES = List.of("QUALITY_DEFECT", "NONSTANDARD_LABEL", "NOT_AS_DESCRIBED",
            "LIVESTREAM_MISREPRESENTATION", "SIZE_MISMATCH", "DELIVERY", "AFTER_SALES_REFUSED", "OTHER");
    static final List<String> REMEDIES = List.of("REFUND", "RETURN_AND_REFUND", "EXCHANGE", "REPAIR", "COMPENSATION");

    /** One of each kind of character a text may not hold. */
    static final List<String> REFUSED_CHARACTERS = List.of("\u0000", "\u0007", "\u001B", "\u007F", "\u0085",
            "\u009F", "\u061C", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
            "\u2067", "\u2068", "\u2069");
    /**
     * Written from the contract's words, not from the server's code: controls but tab and line breaks,
     * bidi controls, and surrogates (a regex sees a surrogate alone only when it is not half of a pair).
     */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F"
            + "\\x{061C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{D800}-\\x{DFFF}]");

    private final FuzzRandom random;
    private final ObjectMapper json;

    Bodies(FuzzRandom random, ObjectMapper json) {
        this.random = random;
        this.json = json;
    }

    /** A generated JSON body: its fields, raw or not, and whether the contract calls it valid. */
    static final class Body {
        final Map<String, Object> values = new LinkedHashMap<>();
        Validity validity = Validity.VALID;
        String label = "valid";
        private final ObjectMapper json;

        Body(ObjectMapper json) {
            this.json = json;
        }

        void worsen(Validity to, String why) {
            if (to.ordinal() > validity.ordinal()) {
                validity = to;
                label = why;
            } else if (validity == Validity.VALID && to == Validity.VALID) {
                label = "valid";
            }
        }

        byte[] bytes() {
            try {
                return json.writeValueAsBytes(values);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A field generator: puts a value (or nothing) into a body and says how valid it is. */
    interface FieldGen {
        void into(Body body);
    }

    Body object(FieldGen... fields) {
        Body body = new Body(json);
        for (FieldGen field : fields) {
            field.into(body);
        }
        if (random.nextDouble() < 0.1) {
            body.values.put(random.pick(List.of("id", "stage", "buyer", "__proto__", "extra")),
                    random.pick(List.of("CLOSED", "buyer2", "x", "${7*7}")));
            if (body.validity == Validity.VALID) {
                body.label = "valid with unknown field";
            }
        }
        return body;
    }

    FieldGen text(String name, boolean required, int max) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                String value = roll < 0.08 ? boundary(max) : roll < 0.14 ? withForbiddenCharacter(random.text())
                        : random.text();
                put(body, name, value, textValidity(value, required, max), name + " text");
            } else if (roll < 0.68) {
                String value = random.pick(List.of("", " ", "\t\n", "\u3000", "\u3000\u3000", "\u2003\u00A0\u202F",
                        " \u2028\u3000\t", "\u0000", "\u0000\u0001 \u001f"));
                put(body, name, value, textValidity(value, required, max), name + " blank");
            } else if (roll < 0.76) {
                String value = random.nextBoolean() ? "y".repeat(max + 1) : "😀".repeat(max / 2 + 1);
                put(body, name, value, Validity.INVALID_400, name + " over " + max);
            } else if (roll < 0.82) {
                if (required) {
                    body.worsen(Validity.INVALID_400, name + " missing");
                } else {
                    body.worsen(Validity.VALID, name + " missing");
                }
            } else if (roll < 0.86) {
                put(body, name, null, required ? Validity.INVALID_400 : Validity.VALID, name + " null");
            } else if (roll < 0.9) {
                put(body, name, random.pick(List.of(Map.of("a", 1), List.of("x"), List.of())), Validity.INVALID_400,
                        name + " object/array");
            } else if (roll < 0.95) {
                put(body, name, random.nextBoolean(), Validity.LENIENT, name + " boolean");
            } else {
                put(body, name, new RawValue(random.pick(List.of("42", "-1", "1e308", "0.1"))), Validity.LENIENT,
                        name + " number");
            }
        };
    }

    FieldGen enumField(String name, boolean required, List<String> values) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.72) {
                put(body, name, random.pick(values), Validity.VALID, name + " valid");
            } else if (roll < 0.8) {
                put(body, name, random.pick(List.of("UNKNOWN", values.get(0).toLowerCase(), "${7*7}",
                        values.get(0) + "X")), Validity.INVALID_400, name + " unknown value");
            } else if (roll < 0.81) {
                // Jackson trims what it reads as an enum name (\u0000 counts as trimmable): lenient, either answer.
                put(body, name, random.pick(List.of(" " + values.get(0), values.get(0) + "\u0000")), Validity.LENIENT,
                        name + " padded value");
            } else if (roll < 0.84) {
                put(body, name, "", required ? Validity.INVALID_400 : Validity.LENIENT, name + " empty");
            } else if (roll < 0.9) {
                put(body, name, new RawValue(random.pick(List.of("0", "1", "2", "-1", "99", "1.5"))),
                        Validity.INVALID_400, name + " number for enum");
            } else if (roll < 0.94) {
                put(body, name, random.pick(List.of(true, Map.of("name", values.get(0)), List.of(values.get(0)))),
                        Validity.INVALID_400, name + " wrong type");
            } else if (roll < 0.97) {
                put(body, name, null, required ? Validity.INVALID_400 : Validity.VALID, name + " null");
            } else if (required) {
                body.worsen(Validity.INVALID_400, name + " missing");
            }
        };
    }

    FieldGen amount(String name, boolean required, boolean positive) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                put(body, name, new RawValue(validAmount()), Validity.VALID, name + " valid");
            } else if (roll < 0.85) {
                String raw = random.pick(List.of("-1", "-0.01", "1.005", "0.001", "1e308", "12345678901",
                        "99999999999.99", "1e999999", "-1e-10", "123456789012345678901234567890", "1E+11", "2.999"));
                put(body, name, new RawValue(raw), Validity.INVALID_400, name + " out of range " + raw);
            } else if (roll < 0.88) {
                put(body, name, new RawValue("0"), positive ? Validity.INVALID_400 : Validity.VALID, name + " zero");
            } else if (roll < 0.92) {
                String bad = random.pick(List.of("abc", "NaN", "Infinity", "", "12,50", "¥12"));
                // "" reads as null: invalid for a required amount, a missing one for an optional amount.
                put(body, name, bad, bad.isEmpty() && !required ? Validity.VALID : Validity.INVALID_400,
                        name + " bad string");
            } else if (roll < 0.94) {
                put(body, name, "12.50", Validity.LENIENT, name + " numeric string");
            } else if (roll < 0.97) {
                put(body, name, random.pick(List.of(true, Map.of("value", 1), List.of(1))), Validity.INVALID_400,
                        name + " wrong type");
            } else if (required) {
                body.worsen(Validity.INVALID_400, name + " missing");
            } else {
                put(body, name, null, Validity.VALID, name + " null");
            }
        };
    }

    FieldGen integer(String name, int min, int max) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                put(body, name, min + random.nextInt(max - min + 1), Validity.VALID, name + " valid");
            } else if (roll < 0.8) {
                put(body, name, new RawValue(random.pick(List.of(Integer.toString(min - 1), Integer.toString(max + 1),
                        "-1", "2147483648", "99999999999999999999", "1e400", "-2147483649"))), Validity.INVALID_400,
                        name + " out of range");
            } else if (roll < 0.85) {
                put(body, name, new RawValue(random.pick(List.of("3.7", "4.5", "1.0000001"))), Validity.INVALID_400,
                        name + " fraction");
            } else if (roll < 0.9) {
                put(body, name, random.pick(List.of("five", "", "x3")), Validity.INVALID_400, name + " bad string");
            } else if (roll < 0.95) {
                put(body, name, random.pick(List.of(true, Map.of(), List.of(3))), Validity.INVALID_400,
                        name + " wrong type");
            } else {
                put(body, name, null, Validity.INVALID_400, name + " null");
            }
        };
    }

    FieldGen bool(String name) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.65) {
                put(body, name, random.nextBoolean(), Validity.VALID, name + " valid");
            } else if (roll < 0.75) {
                put(body, name, random.pick(List.of("yes", "maybe", "TRUE!", "")), Validity.INVALID_400,
                        name + " bad string");
            } else if (roll < 0.8) {
                put(body, name, random.pick(List.of("true", "false")), Validity.LENIENT, name + " boolean string");
            } else if (roll < 0.87) {
                put(body, name, new RawValue(random.pick(List.of("1", "0", "2", "1.5"))), Validity.INVALID_400,
                        name + " number for boolean");
            } else if (roll < 0.93) {
                put(body, name, random.pick(List.of(Map.of(), List.of(true))), Validity.INVALID_400,
                        name + " wrong type");
            } else if (roll < 0.97) {
                put(body, name, null, Validity.INVALID_400, name + " null");
            } else {
                body.worsen(Validity.INVALID_400, name + " missing");
            }
        };
    }

    /** Standards citations, valid ones taken from {@code clauses} (standard code, clause). */
    FieldGen citations(List<String[]> clauses) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.55) {
                List<Map<String, Object>> list = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    String[] clause = random.pick(clauses);
                    list.add(Map.of("standard", random.nextBoolean() ? clause[0] : " " + clause[0] + " ",
                            "clause", clause[1]));
                }
                put(body, "citations", list, Validity.VALID, "citations valid");
            } else if (roll < 0.65) {
                put(body, "citations", List.of(Map.of("standard", random.pick(List.of("GB 0-0000", "${7*7}",
                        "x".repeat(40))), "clause", "9.9")), Validity.INVALID_4XX, "citation unknown to the catalog");
            } else if (roll < 0.72) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (int i = 0; i < 21; i++) {
                    list.add(Map.of("standard", clauses.get(0)[0], "clause", clauses.get(0)[1]));
                }
                put(body, "citations", list, Validity.INVALID_400, "21 citations");
            } else if (roll < 0.8) {
                List<Object> list = new ArrayList<>();
                list.add(random.pick(Arrays.asList(null, Map.of("standard", ""), Map.of("clause", "4"),
                        Map.of("standard", "x".repeat(41), "clause", "4"), Map.of("standard", "GB", "clause",
                                "1".repeat(21)), "GB 5296.4-2012 §4", 7)));
                put(body, "citations", list, Validity.INVALID_400, "invalid citation");
            } else if (roll < 0.86) {
                put(body, "citations", random.pick(List.of("GB 5296.4-2012", Map.of("standard", "x"), 1, true)),
                        Validity.INVALID_400, "citations wrong type");
            } else if (roll < 0.93) {
                put(body, "citations", null, Validity.VALID, "citations null");
            }
        };
    }

    /**
     * A ruling's liability split: a whole one, or one that does not sum to 100, names a party twice, has
     * a share out of 1..100 or of the wrong type, or names the streamer (no fuzzed case names one: 400,
     * once the case is found).
     */
    FieldGen liability() {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.3) {
                put(body, "liability", List.of(Map.of("party", "SHOP", "share", 60),
                        Map.of("party", "MANUFACTURER", "name", "Dongguan Knit Co.", "share", 40)), Validity.VALID,
                        "liability whole");
            } else if (roll < 0.36) {
                put(body, "liability", List.of(Map.of("party", "SHOP", "share", 60)), Validity.INVALID_400,
                        "liability sums to 60");
            } else if (roll < 0.42) {
                put(body, "liability", List.of(Map.of("party", "SHOP", "share", 50), Map.of("party", "SHOP",
                        "share", 50)), Validity.INVALID_400, "liability party twice");
            } else if (roll < 0.48) {
                put(body, "liability", random.pick(List.of(List.of(Map.of("party", "SHOP", "share", 0)),
                        List.of(Map.of("party", "NOBODY", "share", 100)), List.of(Map.of("share", 100)),
                        List.of(Map.of("party", "SHOP", "share", "all")), "SHOP 100")),
                        Validity.INVALID_400, "liability invalid");
            } else if (roll < 0.52) {
                put(body, "liability", List.of(Map.of("party", "SHOP", "share", 70), Map.of("party", "STREAMER",
                        "share", 30)), Validity.INVALID_4XX, "liability names a streamer the case lacks");
            }
        };
    }

    void put(Body body, String name, Object value, Validity validity, String why) {
        body.values.put(name, value);
        body.worsen(validity, why);
    }

    /**
     * {@code body} with {@code field} set to the JSON text {@code rawValue}: a top-level name, or a path
     * such as {@code livestream.room} or {@code citations[0].standard}.
     */
    String withValue(byte[] body, String field, String rawValue) {
        ObjectNode tree = tree(body);
        parentOf(tree, field).putRawValue(nameOf(field), new RawValue(rawValue));
        return write(tree);
    }

    /** {@code body} with {@code field} given a second time, with the JSON text {@code rawValue} (null: the same value). */
    String withDuplicate(byte[] body, String field, String rawValue) {
        ObjectNode tree = tree(body);
        ObjectNode parent = parentOf(tree, field);
        String standIn = "\u00A7second\u00A7";
        parent.putRawValue(standIn, new RawValue(rawValue != null ? rawValue : parent.get(nameOf(field)).toString()));
        return write(tree).replace("\"" + standIn + "\"", "\"" + nameOf(field) + "\"");
    }

    private ObjectNode tree(byte[] body) {
        try {
            return (ObjectNode) json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(ObjectNode tree) {
        try {
            return json.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode parentOf(ObjectNode tree, String field) {
        JsonNode node = tree;
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            int bracket = parts[i].indexOf('[');
            node = bracket < 0 ? node.path(parts[i]) : node.path(parts[i].substring(0, bracket))
                    .path(Integer.parseInt(parts[i].substring(bracket + 1, parts[i].length() - 1)));
        }
        return (ObjectNode) node;
    }

    private static String nameOf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** A filing the contract accepts, against {@code shopId}. */
    Map<String, Object> validFiling(String shopId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shopId", shopId);
        body.put("orderRef", "ORD-" + UUID.randomUUID());
        body.put("category", random.pick(CATEGORIES));
        body.put("description", "Fuzz filing: the label does not match the fabric.");
        body.put("orderAmount", 399.00);
        body.put("claimedAmount", 150.00);
        body.put("desiredRemedy", random.pick(REMEDIES));
        return body;
    }

    /**
     * Whether an amount of a valid body exceeds the order's bounds: above the order amount, or for
     * compensation above three times it (at least 500).
     */
    static boolean exceedsBounds(Object remedy, Object amount, BigDecimal orderAmount) {
        BigDecimal limit = "COMPENSATION".equals(remedy)
                ? orderAmount.multiply(BigDecimal.valueOf(3)).max(new BigDecimal("500")) : orderAmount;
        return decimal(amount).compareTo(limit) > 0;
    }

    static BigDecimal decimal(Object value) {
        try {
            return value == null ? null : new BigDecimal(raw(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String raw(Object value) {
        return value instanceof RawValue rawValue ? String.valueOf(rawValue.rawValue()) : String.valueOf(value);
    }

    /**
     * How the contract takes a text: refused for a control character (but tab and line breaks), half
     * of a surrogate pair or a bidirectional formatting character; else measured and checked for
     * blankness as stored, in NFC without surrounding Unicode white space.
     */
    static Validity textValidity(String value, boolean required, int max) {
        if (refusesText(value)) {
            return Validity.INVALID_400;
        }
        String stored = stored(value);
        if (stored.length() > max) {
            return Validity.INVALID_400;
        }
        if (required && stored.isEmpty()) {
            return Validity.INVALID_400;
        }
        return Validity.VALID;
    }

    /** A text as the contract stores it: in NFC, without surrounding white space. */
    static String stored(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", "");
    }

    /** Whether the contract refuses {@code value} wherever it comes as text. */
    static boolean refusesText(String value) {
        return FORBIDDEN.matcher(value).find();
    }

    /** {@code text} with a refused character at a random place. */
    String withForbiddenCharacter(String text) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + random.pick(REFUSED_CHARACTERS) + text.substring(at);
    }

    private String boundary(int max) {
        return switch (random.nextInt(4)) {
            case 0 -> "x".repeat(max);
            case 1 -> "😀".repeat(max / 2);
            case 2 -> "中".repeat(max);
            default -> "a" + " ".repeat(max - 2) + "b";
        };
    }

    private String validAmount() {
        return random.pick(List.of("0.01", "1", "12.5", "199.99", "200.00", "399", "1e2", "2.50E1", "9999999999.99",
                String.format("%d.%02d", random.nextInt(1000), random.nextInt(100))));
    }
}
