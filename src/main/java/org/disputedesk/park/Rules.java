package org.disputedesk.park;

/** What the ids and names of parks and shops must be, for the annotations of both and of the accounts working there. */
public final class Rules {

    /** Ids appear in paths, files and other systems' records: plain characters only. */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String ID_RULE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    /** A name is one line of text: a line break or a NUL in a directory entry is always a mistake. */
    public static final String ONE_LINE = "[^\\p{Cc}]*";
    public static final String ONE_LINE_RULE = "must not contain control characters such as line breaks";
    public static final String LENGTH_RULE = "must have at most {max} characters";

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Rules() {
    }
}
