package org.disputedesk.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user changes of their own account; a field left out stays as it is. */
public record OwnChanges(
        @Size(min = 1, max = 200, message = "must have 1 to {max} characters")
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String displayName,
        @Size(max = 254, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_RULE) String email,
        @Pattern(regexp = Rules.LOCALE, message = Rules.LOCALE_RULE) String locale) {
}
