package org.disputedesk.account;

import java.util.Locale;

import org.disputedesk.security.DeskUsers;
import org.springframework.stereotype.Component;

/**
 * A username for an account opened by single sign-on, where nobody chose one: the email's local part
 * as {@link Rules#USERNAME} allows it (lower case, other characters left out), and a number after it
 * when that name is taken ({@code li.na}, {@code li.na-2}, …).
 */
@Component
class DerivedUsernames {

    /** Room for the number: a username has at most 64 characters. */
    private static final int MAX_BASE = 56;
    private static final int MIN_LENGTH = 3;

    private final DeskUsers users;

    DerivedUsernames(DeskUsers users) {
        this.users = users;
    }

    /** A username no account has yet, made from {@code email}. */
    String freeFor(String email) {
        String base = base(email);
        String name = base;
        for (int n = 2; users.exists(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** The email's local part as a username may have it, never shorter than a username must be. */
    static String base(String email) {
        String local = email.substring(0, email.lastIndexOf('@')).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "");
        if (local.length() < MIN_LENGTH) {
            local = local.isEmpty() ? "buyer" : "buyer-" + local;
        }
        return local.length() > MAX_BASE ? local.substring(0, MAX_BASE) : local;
    }
}
