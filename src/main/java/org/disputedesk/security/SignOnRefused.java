package org.disputedesk.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A single sign-on refused: the sign-in page says why, in the reader's language. */
public class SignOnRefused extends RuntimeException {

    /** Why; {@link #code()} is how the sign-in page's address names it. */
    public enum Reason {
        /** The provider did not vouch for the email, so no account may be opened or linked with it. */
        UNVERIFIED_EMAIL,
        /** An account has the email, and no administrator gave it that email: it is not taken over. */
        EMAIL_TAKEN,
        DISABLED,
        /** The provider or the exchange with it failed, or the person cancelled. */
        FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Reason> of(String code) {
            return Arrays.stream(values()).filter(reason -> reason.code().equals(code)).findFirst();
        }
    }

    private final Reason reason;

    public SignOnRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
