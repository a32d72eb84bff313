package org.disputedesk.webhook.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.security.DeskUser;
import org.disputedesk.webhook.CreatedWebhook;
import org.disputedesk.webhook.Delivery;
import org.disputedesk.webhook.NewWebhook;
import org.disputedesk.webhook.Webhook;
import org.disputedesk.webhook.WebhookAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A park's webhooks: subscriptions of its systems to its cases' events, and their messages. */
@RestController
@Tag(name = "Webhooks", description = "A park's systems subscribed to what happens to its cases (Standard "
        + "Webhooks 1.0): each event is a signed POST, retried with growing back-off for more than a day.")
class WebhooksController {

    private static final String SCOPE = " An administrator manages every park's webhooks; a park administrator "
            + "their own park's.";
    private static final String FORBIDDEN = "Only administrators and park administrators manage webhooks.";
    private static final String NOT_FOUND = "No such webhook, or not of the park administrator's park.";

    private final WebhookAdministration administration;

    WebhooksController(WebhookAdministration administration) {
        this.administration = administration;
    }

    @Operation(operationId = "createWebhook", summary = "Subscribe a park's system to its cases' events",
            description = "Events: `complaint.filed`, `complaint.stage_changed`, `complaint.deadline_missed`, "
                    + "`complaint.closed`, `ruling.issued`, `inquiry.opened`. Each is a POST of `{type, timestamp, "
                    + "data: {complaintId, parkId, shopId, stage, …}}` (an `inquiry.opened`: `{inquiryId, parkId, "
                    + "shopId, complaintIds}`) with the headers `webhook-id`, "
                    + "`webhook-timestamp` and `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of "
                    + "`<id>.<timestamp>.<body>` under the secret's decoded key). The answer carries the secret "
                    + "(`whsec_` and base64), this once only." + SCOPE)
    @ApiResponse(responseCode = "201", description = "Created: the webhook and its secret.")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "404", description = "No such park, or not the park administrator's own.")
    @ApiResponse(responseCode = "422", description = "An event that is not one of the list, or a host that does not "
            + "resolve or resolves to a loopback, private or link-local address (unless "
            + "`disputes.webhooks.allow-private-targets` is true).")
    @PostMapping("/api/webhooks")
    ResponseEntity<CreatedWebhook> create(@AuthenticationPrincipal DeskUser user,
            @Valid @RequestBody NewWebhook body) {
        CreatedWebhook created = administration.create(user, body);
        return ResponseEntity.created(URI.create("/api/webhooks/" + created.id())).body(created);
    }

    @Operation(operationId = "listWebhooks", summary = "List webhooks",
            description = "Oldest first, a page at a time, without their secrets; an administrator may ask for one "
                    + "park's with `parkId`, a park administrator reads their own park's." + SCOPE)
    @ApiResponse(responseCode = "200", description = "The webhooks.")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "404", description = "A park administrator asked for another park's webhooks.")
    @GetMapping("/api/webhooks")
    List<Webhook> list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(required = false) @Size(max = 64) String parkId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return administration.list(user, parkId == null || parkId.isBlank() ? null : parkId, page, size);
    }

    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "Its messages, sent or not, go with it: nothing more is sent." + SCOPE)
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @DeleteMapping("/api/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        administration.delete(user, id);
    }

    @Operation(operationId = "listWebhookDeliveries", summary = "Read a webhook's delivery log",
            description = "Its messages, newest first, a page at a time: attempts so far, the last answer's status "
                    + "(null: none within 10 s), when it was delivered, or when it is tried next. A message with "
                    + "neither was given up after its last retry." + SCOPE)
    @ApiResponse(responseCode = "200", description = "The messages.")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @GetMapping("/api/webhooks/{id}/deliveries")
    List<Delivery> deliveries(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return administration.deliveries(user, id, page, size);
    }

    @Operation(operationId = "replayWebhookDelivery", summary = "Send a webhook's message again",
            description = "At once, with the same `webhook-id`, whether it was delivered or given up; a failure "
                    + "is retried on the whole schedule again." + SCOPE)
    @ApiResponse(responseCode = "202", description = "Due at once: the message.")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "404", description = "No such webhook or message, or not of the park "
            + "administrator's park.")
    @PostMapping("/api/webhooks/{id}/deliveries/{messageId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Delivery replay(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @PathVariable String messageId) {
        return administration.replay(user, id, messageId);
    }
}
