package org.disputedesk.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * A buyer opening their own account. The password is taken exactly as sent, not as client text
 * (trimmed, normalised): it is only hashed, and the sign-in form sends it unchanged.
 */
public record SignUpRequest(
        @NotNull @Pattern(regexp = Rules.USERNAME, message = Rules.USERNAME_RULE) String username,
        @NotBlank @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String displayName,
        @NotNull @Size(max = 254, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.EMAIL, message = Rules.EMAIL_RULE) String email,
        @NotNull @JsonDeserialize(using = StringDeserializer.class) String password) {

    @Override
    public String toString() {
        return "SignUpRequest[" + username + "]";
    }
}
