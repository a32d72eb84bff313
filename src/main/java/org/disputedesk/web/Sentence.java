package org.disputedesk.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A sentence of a problem (its detail, or what is wrong with a field or a line of a file) as the API
 * says it in English, with the code under which the bundle {@code i18n/problems} says it in other
 * languages and the values it names there ({@code {0}}, {@code {1}}, …; a value may be a message of
 * its own, such as a stage's name). An answer says it in the reader's language; an English reader,
 * and whatever reads a problem outside an answer (the engine's forms, the log), gets the English.
 *
 * @param code null for a text that is already in the reader's language (a Bean Validation message)
 */
public record Sentence(String code, String english, Object... args) {

    /** A text said as it is in every language. */
    public static Sentence asIs(String text) {
        return new Sentence(null, text);
    }

    /** The sentence for a reader of {@code locale}: the bundle's, else the English. */
    public String in(MessageSource messages, Locale locale) {
        String said = code == null || messages == null ? null : messages.getMessage(code, args, null, locale);
        return said == null ? english : said;
    }
}
