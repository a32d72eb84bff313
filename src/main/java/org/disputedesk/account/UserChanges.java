package org.disputedesk.account;

import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator changes of a user; a field left out stays as it is. */
public record UserChanges(
        Boolean enabled,
        @Size(min = 1, max = 200, message = "must have 1 to {max} characters")
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String displayName,
        @Size(max = 254, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_RULE) String email,
        @Size(max = 100, message = "must name at most {max} shops")
        Set<@jakarta.validation.constraints.NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String> shopIds,
        @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String parkId) {
}
