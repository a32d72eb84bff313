package org.disputedesk.audit;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says an audit entry's detail in a language: each phrase by its message
 * {@code audit.detail.<PHRASE>}, a role by {@code role.<ROLE>} and a language by
 * {@code audit.locale.<tag>}, the phrases joined by {@code audit.detail.and}. The English is
 * what the log stores as the entry's detail.
 */
@Component
class AuditText {

    /** Facts whose values are words of the vocabulary, and the prefix of their messages. */
    private static final Map<String, String> NAMED = Map.of("role", "role.", "locale", "audit.locale.", "status",
            "audit.status.");

    private final MessageSource messages;

    AuditText(MessageSource messages) {
        this.messages = messages;
    }

    String say(AuditDetail detail, Locale locale) {
        String said = null;
        for (AuditDetail.Said phrase : detail.phrases()) {
            String next = say(phrase, locale);
            said = said == null ? next : messages.getMessage("audit.detail.and", new Object[] {said, next}, locale);
        }
        return said;
    }

    private String say(AuditDetail.Said phrase, Locale locale) {
        Object[] values = phrase.facts().entrySet().stream().map(fact -> NAMED.containsKey(fact.getKey())
                ? messages.getMessage(NAMED.get(fact.getKey()) + fact.getValue(), null, fact.getValue(), locale)
                : fact.getValue()).toArray();
        String arranged = messages.getMessage("audit.detail." + phrase.phrase().name(), values, null, locale);
        return arranged == null ? String.join(" ", phrase.facts().values()) : arranged;
    }
}
