package org.disputedesk.buyer.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.Filing;
import org.disputedesk.buyer.BuyerSteps;
import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.security.DeskUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Filing a complaint, and the buyer's steps on it. */
@RestController
@Tag(name = "Buyer", description = "Filing a complaint, and the buyer's steps on it.")
class BuyerController {

    private final ComplaintFiling filing;
    private final BuyerSteps buyer;

    BuyerController(ComplaintFiling filing, BuyerSteps buyer) {
        this.filing = filing;
        this.buyer = buyer;
    }

    @Operation(operationId = "fileComplaint", summary = "File a complaint",
            description = "By a buyer. With an `Idempotency-Key`, the same key and body again answer the complaint "
                    + "filed the first time (200), and the same key with another body is refused (422).")
    @ApiResponse(responseCode = "201", description = "Filed: the new complaint.")
    @ApiResponse(responseCode = "200", description = "Filed before under the same `Idempotency-Key`: that complaint.",
            headers = @Header(name = "Location", schema = @Schema(type = "string", format = "uri-reference"),
                    description = "The complaint filed before."))
    @ApiResponse(responseCode = "403", description = "Only buyers file complaints.")
    @ApiResponse(responseCode = "422", description = "Refused by a rule: no such shop, a claimed amount over the order "
            + "amount, an open complaint about the same order, or an `Idempotency-Key` used with another body.")
    @ApiResponse(responseCode = "429", description = "The buyer filed the most complaints allowed in the window.")
    @PostMapping("/api/complaints")
    ResponseEntity<ComplaintView> file(@AuthenticationPrincipal DeskUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 128) String key,
            @Valid @RequestBody FilingRequest request) {
        ComplaintFiling.Filed filed = filing.file(user, request, key);
        URI location = URI.create("/api/complaints/" + filed.complaint().id());
        return filed.created() ? ResponseEntity.created(location).body(filed.complaint())
                : ResponseEntity.ok().location(location).body(filed.complaint());
    }

    @Operation(operationId = "reviewShopResponse", summary = "Accept the shop's answer, or escalate to mediation",
            description = "ACCEPT the shop's offer, or ESCALATE the case to the park's mediators.")
    @PostMapping("/api/complaints/{id}/buyer-review")
    ComplaintView review(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReviewRequest request) {
        return buyer.review(user, id, request);
    }

    @Operation(operationId = "confirmReceipt", summary = "Confirm whether the remedy arrived",
            description = "`received: true` closes the case as resolved; `false` sends it back to the park.")
    @PostMapping("/api/complaints/{id}/receipt")
    ComplaintView receipt(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReceiptRequest request) {
        return buyer.confirmReceipt(user, id, request);
    }

    @Operation(operationId = "withdrawComplaint", summary = "Withdraw the complaint",
            description = "Closes the case as WITHDRAWN.")
    @PostMapping("/api/complaints/{id}/withdrawal")
    ComplaintView withdraw(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return buyer.withdraw(user, id);
    }

    @Operation(operationId = "rateCase", summary = "Rate how the case was handled",
            description = "Once, on a closed case: a score from 1 to 5 and an optional comment.")
    @PostMapping("/api/complaints/{id}/rating")
    ComplaintView rate(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.RatingRequest request) {
        return buyer.rate(user, id, request);
    }
}
