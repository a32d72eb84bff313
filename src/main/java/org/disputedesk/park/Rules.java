package org.disputedesk.park;

/**
 * What the ids and names of parks and shops must be, for the annotations of both and of the accounts
 * working there. The rules' messages are codes of the bundle {@code i18n/problems}, so that each
 * reader gets them in their language.
 */
public final class Rules {

    /** Ids appear in paths, files and other systems' records: plain characters only. */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String ID_RULE = "{validation.park.id}";
    /** A name is one line of text: a line break or a NUL in a directory entry is always a mistake. */
    public static final String ONE_LINE = "[^\\p{Cc}]*";
    public static final String ONE_LINE_RULE = "{validation.park.oneLine}";
    public static final String LENGTH_RULE = "{validation.park.length}";

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Rules() {
    }
}
