package org.disputedesk.trust.web;

import org.disputedesk.security.DeskUser;
import org.disputedesk.trust.CaseVerification;
import org.disputedesk.trust.InclusionProofs;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A case's timeline checked, and what a party needs to check it against a published root themselves. */
@RestController
@Tag(name = "Trust")
class CaseTrustController {

    private final CaseVerification verification;
    private final InclusionProofs proofs;

    CaseTrustController(CaseVerification verification, InclusionProofs proofs) {
        this.verification = verification;
        this.proofs = proofs;
    }

    @Operation(operationId = "verifyTimeline", summary = "Verify a complaint's timeline",
            description = "The chain recomputed from the stored entries, and the entry the latest anchor covered "
                    + "checked against the published root: `valid`, or `firstBrokenAt`, the seq of the first entry "
                    + "changed, removed or rebuilt.")
    @GetMapping("/api/complaints/{id}/timeline/verification")
    CaseVerification.Verification verify(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return verification.verify(user, id);
    }

    @Operation(operationId = "proveTimelineAnchored", summary = "Prove a complaint's timeline is in an anchor",
            description = "The latest anchor covering the case, the head it covered, and the path from that head's "
                    + "leaf to the anchor's root; no anchor yet: `anchor` is absent.")
    @GetMapping("/api/complaints/{id}/timeline/proof")
    InclusionProofs.Proof proof(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return proofs.of(user, id);
    }
}
