package org.disputedesk.account;

import java.util.Locale;

/** What usernames, emails and names of accounts must be, for the annotations of every request. */
final class Rules {

    /** A username is typed at every sign-in and appears in the audit log: lower-case plain characters only. */
    static final String USERNAME = "[a-z0-9._-]{3,64}";
    static final String USERNAME_RULE = "must be 3 to 64 lower-case letters, digits, '.', '_' or '-'";
    /** Ids of parks, shops and streamer profiles, and one-line names, as the park module has them. */
    static final String ID = org.disputedesk.park.Rules.ID;
    static final String ID_RULE = org.disputedesk.park.Rules.ID_RULE;
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String EMAIL_RULE = "must be an email address";
    static final String ONE_LINE = org.disputedesk.park.Rules.ONE_LINE;
    static final String ONE_LINE_RULE = org.disputedesk.park.Rules.ONE_LINE_RULE;
    static final String LENGTH_RULE = org.disputedesk.park.Rules.LENGTH_RULE;
    static final String LOCALE = "zh-CN|en";
    static final String LOCALE_RULE = "must be zh-CN or en";

    /** Emails are kept in lower case: Li.Na@Example.com and li.na@example.com reach one mailbox, and are one account. */
    static String email(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private Rules() {
    }
}
