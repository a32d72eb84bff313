package org.disputedesk.buyer.web;

import jakarta.validation.Valid;

import org.disputedesk.buyer.BuyerSteps;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The buyer's steps on a case. */
@RestController
@Tag(name = "Buyer", description = "The buyer's steps on a case.")
class BuyerController {

    private final BuyerSteps buyer;
    private final CaseViews views;

    BuyerController(BuyerSteps buyer, CaseViews views) {
        this.buyer = buyer;
        this.views = views;
    }

    @Operation(operationId = "reviewShopResponse", summary = "Accept the shop's answer, or escalate to mediation",
            description = "ACCEPT the shop's offer, or ESCALATE the case to the park's mediators.")
    @PostMapping("/api/complaints/{id}/buyer-review")
    ComplaintView review(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReviewRequest request) {
        return views.after(user, id, () -> buyer.review(user, id, request));
    }

    @Operation(operationId = "confirmReceipt", summary = "Confirm whether the remedy arrived",
            description = "`received: true` closes the case as resolved; `false` sends it back to the park.")
    @PostMapping("/api/complaints/{id}/receipt")
    ComplaintView receipt(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReceiptRequest request) {
        return views.after(user, id, () -> buyer.confirmReceipt(user, id, request));
    }

    @Operation(operationId = "withdrawComplaint", summary = "Withdraw the complaint",
            description = "Closes the case as WITHDRAWN.")
    @PostMapping("/api/complaints/{id}/withdrawal")
    ComplaintView withdraw(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return views.after(user, id, () -> buyer.withdraw(user, id));
    }

    @Operation(operationId = "rateCase", summary = "Rate how the case was handled",
            description = "Once, on a closed case: a score from 1 to 5 and an optional comment.")
    @PostMapping("/api/complaints/{id}/rating")
    ComplaintView rate(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.RatingRequest request) {
        return views.after(user, id, () -> buyer.rate(user, id, request));
    }
}
