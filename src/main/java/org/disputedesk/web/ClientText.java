package org.disputedesk.web;

import java.text.Normalizer;

/**
 * The one rule for text a client sends, whatever door it comes through (a JSON string, a request
 * parameter or header, an uploaded file's name, a field of a Camunda form): it is kept in Unicode
 * NFC without leading or trailing white space, so a text of ideographic spaces is blank; and it is
 * refused if it holds a control character other than tab and line breaks, half of a surrogate
 * pair, or a bidirectional formatting character.
 *
 * <p>None of those is typed on purpose. PostgreSQL refuses NUL where H2 stores it, a lone surrogate
 * cannot be written as UTF-8, and a right-to-left override shows {@code gpj.exe} as {@code exe.jpg}.
 * Markup is text like any other: it is stored as given and escaped where it is shown.
 */
public final class ClientText {

    /** {@code text} as it is stored; null stays null. Throws {@link Refused} naming what it may not hold. */
    public static String accept(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String kind = refusedKind(c);
            if (kind != null) {
                throw new Refused(String.format("must not contain U+%04X (%s)", c, kind));
            }
            i += Character.charCount(c);
        }
        return strip(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** {@code text} of the field {@code name}, read by hand, as it is stored; else a 400 naming the field. */
    public static String field(String name, String text) {
        try {
            return accept(text);
        } catch (Refused refused) {
            throw InvalidFields.of(name, refused.getMessage());
        }
    }

    /**
     * Without leading and trailing white space, Unicode's sense of it: {@link String#strip()} leaves
     * the no-break spaces (U+00A0, U+2007, U+202F), which look as blank as any other.
     */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String refusedKind(int c) {
        if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
            return "a control character";
        }
        if (Character.getType(c) == Character.SURROGATE) {
            // codePointAt answers a surrogate only when it is not half of a pair
            return "half of a surrogate pair";
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "a bidirectional formatting character";
        }
        return null;
    }

    /** The reason a text is refused, as the message of its field. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    private ClientText() {
    }
}
