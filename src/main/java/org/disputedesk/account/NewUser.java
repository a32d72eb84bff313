package org.disputedesk.account;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.disputedesk.security.Role;

/** A user an administrator creates; their password is made for them, to be changed at the first sign-in. */
public record NewUser(
        @NotNull @Pattern(regexp = Rules.USERNAME, message = Rules.USERNAME_RULE) String username,
        @NotBlank @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String displayName,
        @NotNull @Size(max = 254, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_RULE) String email,
        @NotNull Role role,
        @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String parkId,
        @Size(max = 100, message = "must name at most {max} shops")
        Set<@NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String> shopIds,
        @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String streamerId) {

    public NewUser {
        shopIds = shopIds == null ? Set.of() : Set.copyOf(shopIds);
    }
}
