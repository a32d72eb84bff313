package org.disputedesk.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit entry says beyond its action: phrases, each with the facts it names ({@code role},
 * {@code park}, a name, a count…), kept as they are so that each reader gets the entry in their
 * language, as a case's timeline entries are. A fact named {@code role} or {@code locale} is a
 * word of the vocabulary, said by its own message; any other is said as it was given.
 */
public record AuditDetail(List<Said> phrases) {

    /** One phrase and its facts, in the order the phrase's message places them. */
    public record Said(AuditPhrase phrase, Map<String, String> facts) {

        public Said {
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }

        /** This phrase with one more fact; an enum is kept by its name, an absent value as "—". */
        public Said with(String name, Object value) {
            Map<String, String> more = new LinkedHashMap<>(facts);
            more.put(name, value == null ? "—" : value instanceof Enum<?> e ? e.name() : value.toString());
            return new Said(phrase, more);
        }
    }

    public AuditDetail {
        phrases = List.copyOf(phrases);
    }

    public static Said phrase(AuditPhrase phrase) {
        return new Said(phrase, Map.of());
    }

    public static AuditDetail of(Said... phrases) {
        return new AuditDetail(List.of(phrases));
    }

    /** A park's or shop's name, and its Chinese name when it has one. */
    public static AuditDetail names(String name, String nameZh) {
        return nameZh == null ? of(phrase(AuditPhrase.NAME).with("name", name))
                : of(phrase(AuditPhrase.NAMES).with("name", name).with("nameZh", nameZh));
    }
}
