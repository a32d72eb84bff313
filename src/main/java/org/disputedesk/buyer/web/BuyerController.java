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

/** Filing a complaint, and the buyer's steps on it. */
@RestController
class BuyerController {

    private final ComplaintFiling filing;
    private final BuyerSteps buyer;

    BuyerController(ComplaintFiling filing, BuyerSteps buyer) {
        this.filing = filing;
        this.buyer = buyer;
    }

    @PostMapping("/api/complaints")
    ResponseEntity<ComplaintView> file(@AuthenticationPrincipal DeskUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 128) String key,
            @Valid @RequestBody FilingRequest request) {
        ComplaintFiling.Filed filed = filing.file(user, request, key);
        URI location = URI.create("/api/complaints/" + filed.complaint().id());
        return filed.created() ? ResponseEntity.created(location).body(filed.complaint())
                : ResponseEntity.ok().location(location).body(filed.complaint());
    }

    @PostMapping("/api/complaints/{id}/buyer-review")
    ComplaintView review(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReviewRequest request) {
        return buyer.review(user, id, request);
    }

    @PostMapping("/api/complaints/{id}/receipt")
    ComplaintView receipt(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.ReceiptRequest request) {
        return buyer.confirmReceipt(user, id, request);
    }

    @PostMapping("/api/complaints/{id}/withdrawal")
    ComplaintView withdraw(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return buyer.withdraw(user, id);
    }

    @PostMapping("/api/complaints/{id}/rating")
    ComplaintView rate(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody BuyerSteps.RatingRequest request) {
        return buyer.rate(user, id, request);
    }
}
