package org.disputedesk.trust.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.disputedesk.security.DeskUser;
import org.disputedesk.trust.Anchor;
import org.disputedesk.trust.Anchoring;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published anchors, for anyone; one more on demand, for an administrator. */
@RestController
@Tag(name = "Trust", description = "Checking a case's timeline against its hash chain and the published anchors; "
        + "erasing personal data.")
class AnchorsController {

    private final Anchoring anchoring;

    AnchorsController(Anchoring anchoring) {
        this.anchoring = anchoring;
    }

    @Operation(operationId = "listAnchors", summary = "List the published anchors",
            description = "For anyone, without credentials: newest first, a page at a time. Each day's anchor "
                    + "combines the heads of the case timelines changed since the anchor before into one Merkle "
                    + "root; keep the roots to check a case later (docs/trust.md).")
    @SecurityRequirements
    @GetMapping("/api/anchors")
    List<Anchor> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return anchoring.page(page, size);
    }

    @Operation(operationId = "getAnchor", summary = "Read a published anchor", description = "For anyone, "
            + "without credentials.")
    @SecurityRequirements
    @GetMapping("/api/anchors/{id}")
    Anchor get(@PathVariable long id) {
        return anchoring.get(id);
    }

    @Operation(operationId = "publishAnchor", summary = "Publish an anchor now",
            description = "Administrators: anchors the heads of the timelines changed since the last anchor at "
                    + "once, besides the daily anchor (`disputes.anchoring.cron`).")
    @ApiResponse(responseCode = "201", description = "Published: the anchor.")
    @ApiResponse(responseCode = "403", description = "The caller is not an administrator.")
    @ApiResponse(responseCode = "422", description = "No timeline changed since the last anchor.")
    @PostMapping("/api/admin/anchors")
    ResponseEntity<Anchor> publish(@AuthenticationPrincipal DeskUser user) {
        Anchor anchor = anchoring.onDemand(user);
        return ResponseEntity.created(URI.create("/api/anchors/" + anchor.id())).body(anchor);
    }
}
