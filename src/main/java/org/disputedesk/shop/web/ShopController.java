package org.disputedesk.shop.web;

import jakarta.validation.Valid;

import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.security.DeskUser;
import org.disputedesk.shop.ShopRecords;
import org.disputedesk.shop.ShopSteps;
import org.disputedesk.shop.StreamerRecords;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The shop's steps on a case, and a shop's public record. */
@RestController
@Tag(name = "Shop", description = "The shop's steps on a case, and the public records of shops and streamers.")
class ShopController {

    private final ShopSteps shop;
    private final ShopRecords records;
    private final StreamerRecords streamers;

    ShopController(ShopSteps shop, ShopRecords records, StreamerRecords streamers) {
        this.shop = shop;
        this.records = records;
        this.streamers = streamers;
    }

    @Operation(operationId = "respondToComplaint", summary = "Answer a complaint as the shop",
            description = "ACCEPT the buyer's remedy, make a COUNTER_OFFER (`remedy` and `amount`), or REJECT it.")
    @ApiResponse(responseCode = "200", description = "The complaint after the answer.")
    @ApiResponse(responseCode = "422",
            description = "A counter-offer over the order amount that is not compensation.")
    @PostMapping("/api/complaints/{id}/shop-response")
    ComplaintView respond(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody ShopSteps.ResponseRequest request) {
        return shop.respond(user, id, request);
    }

    @Operation(operationId = "reportFulfilment", summary = "Report the agreed remedy delivered",
            description = "`proof` says how: a refund's transaction, a parcel's tracking number.")
    @PostMapping("/api/complaints/{id}/fulfilment")
    ComplaintView fulfil(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody ShopSteps.FulfilmentRequest request) {
        return shop.fulfil(user, id, request);
    }

    @Operation(operationId = "getShopRecord", summary = "Read a shop's public record",
            description = "Its cases, how often it answered within the deadline, its outcomes, its violations, "
                    + "the liability it bore (on how many cases the latest ruling gave it a share, and their sum "
                    + "in percent) and the standards inquiries into it, open and closed, with their verdicts.")
    @GetMapping("/api/shops/{shopId}/record")
    ShopRecords.ShopRecord record(@PathVariable String shopId) {
        return records.of(shopId);
    }

    @Operation(operationId = "getStreamerRecord", summary = "Read a streamer's public record",
            description = "The cases filed about the streamer's rooms, their outcomes, and the liability it bore: on "
                    + "how many cases the latest ruling gave it a share, and their sum in percent.")
    @ApiResponse(responseCode = "200", description = "The streamer's record.")
    @ApiResponse(responseCode = "404", description = "No such streamer profile.")
    @GetMapping("/api/streamers/{streamerId}/record")
    StreamerRecords.StreamerRecord streamerRecord(@PathVariable String streamerId) {
        return streamers.of(streamerId);
    }
}
