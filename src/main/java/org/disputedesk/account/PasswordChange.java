package org.disputedesk.account;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/** A user choosing a new password; both taken exactly as sent, as {@link SignUpRequest}'s is. */
public record PasswordChange(
        @NotNull @JsonDeserialize(using = StringDeserializer.class) String currentPassword,
        @NotNull @JsonDeserialize(using = StringDeserializer.class) String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[…]";
    }
}
