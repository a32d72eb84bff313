package org.disputedesk.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.disputedesk.park.Rules;

/** A subscription asked for: where to send, which events, of which park. */
public record NewWebhook(
        @NotBlank @Size(max = 2000, message = Rules.LENGTH_RULE) String url,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40, message = Rules.LENGTH_RULE) String> events,
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String parkId) {
}
