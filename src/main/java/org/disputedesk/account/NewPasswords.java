package org.disputedesk.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

import org.disputedesk.web.InvalidFields;

/** What a password chosen by its user must be, and the temporary ones administrators hand out. */
final class NewPasswords {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads no further: a longer password would be checked by its first 72 bytes only. */
    static final int MAX_BYTES = 72;
    /** No 0/O, 1/l/I: a temporary password is read off a screen or a note and typed in. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** 400 naming {@code field} unless {@code password} may be {@code username}'s new password. */
    static void check(String field, String password, String username) {
        InvalidFields.check()
                .require(password.codePointCount(0, password.length()) >= MIN_LENGTH, field,
                        "validation.password.tooShort", "must have at least " + MIN_LENGTH + " characters")
                .require(password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES, field,
                        "validation.password.tooLong", "must have at most " + MAX_BYTES + " bytes in UTF-8")
                .require(!password.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT)), field,
                        "validation.password.username", "must not be the username")
                .throwIfAny();
    }

    /** A random password of about 93 bits, for the user to change at their first sign-in. */
    static String temporary() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private NewPasswords() {
    }
}
