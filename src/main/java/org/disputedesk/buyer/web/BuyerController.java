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

/** The buyer's steps on a case. */
@RestController
class BuyerController {

    private final BuyerSteps buyer;
    private final CaseViews views;

    BuyerController(BuyerSteps buyer, CaseViews views) {
        this.buyer = buyer;
        this.views = views;
    }

    @PostMapping("/api/complaints/{id}/buyer-review")
    ComplaintView review(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReviewRequest request) {
        return views.after(user, id, () -> buyer.review(user, id, request));
    }

    @PostMapping("/api/complaints/{id}/receipt")
    ComplaintView receipt(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReceiptRequest request) {
        return views.after(user, id, () -> buyer.confirmReceipt(user, id, request));
    }

    @PostMapping("/api/complaints/{id}/withdrawal")
    ComplaintView withdraw(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return views.after(user, id, () -> buyer.withdraw(user, id));
    }

    @PostMapping("/api/complaints/{id}/rating")
    ComplaintView rate(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.RatingRequest request) {
        return views.after(user, id, () -> buyer.rate(user, id, request));
    }
}
