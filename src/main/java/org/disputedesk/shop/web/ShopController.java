package org.disputedesk.shop.web;

import jakarta.validation.Valid;

import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.security.DeskUser;
import org.disputedesk.shop.ShopRecords;
import org.disputedesk.shop.ShopSteps;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The shop's steps on a case, and a shop's public record. */
@RestController
class ShopController {

    private final ShopSteps shop;
    private final ShopRecords records;

    ShopController(ShopSteps shop, ShopRecords records) {
        this.shop = shop;
        this.records = records;
    }

    @PostMapping("/api/complaints/{id}/shop-response")
    ComplaintView respond(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody ShopSteps.ResponseRequest request) {
        return shop.respond(user, id, request);
    }

    @PostMapping("/api/complaints/{id}/fulfilment")
    ComplaintView fulfil(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody ShopSteps.FulfilmentRequest request) {
        return shop.fulfil(user, id, request);
    }

    @GetMapping("/api/shops/{shopId}/record")
    ShopRecords.ShopRecord record(@PathVariable String shopId) {
        return records.of(shopId);
    }
}
