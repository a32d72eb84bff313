package org.disputedesk.committee.web;

import java.util.List;

import jakarta.validation.Valid;

import org.disputedesk.committee.CommitteeReviews;
import org.disputedesk.committee.StandardsCatalog;
import org.disputedesk.committee.Violations;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The committee's ruling, the standards catalog and the violations it feeds. */
@RestController
@Tag(name = "Committee",
        description = "The standards committee's ruling, the standards catalog and the violations it feeds.")
class CommitteeController {

    private final CommitteeReviews reviews;
    private final StandardsCatalog catalog;
    private final Violations violations;

    CommitteeController(CommitteeReviews reviews, StandardsCatalog catalog, Violations violations) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.violations = violations;
    }

    @Operation(operationId = "ruleOnStandards", summary = "Rule on the standards question",
            description = "A `finding` with the clauses it rests on; a NONCONFORMING finding records a violation per "
                    + "cited clause against the shop. The case returns to its mediator.")
    @ApiResponse(responseCode = "200", description = "The complaint after the ruling.")
    @ApiResponse(responseCode = "422", description = "A citation names a standard or clause the catalog does not have.")
    @PostMapping("/api/complaints/{id}/committee-ruling")
    ComplaintView rule(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody CommitteeReviews.RulingRequest request) {
        return reviews.rule(user, id, request);
    }

    @Operation(operationId = "listStandards", summary = "List the standards catalog",
            description = "Each standard with its code, title and clauses.")
    @GetMapping("/api/standards")
    List<StandardsCatalog.Standard> standards() {
        return catalog.all();
    }

    @Operation(operationId = "getViolations", summary = "Read the violations by clause and by shop")
    @ApiResponse(responseCode = "200", description = "The violations, by clause and by shop.")
    @ApiResponse(responseCode = "403", description = "Violations are for the committee and administrators.")
    @GetMapping("/api/committee/violations")
    Violations.Summary violations(@AuthenticationPrincipal DeskUser user) {
        if (!user.is(Role.COMMITTEE) && !user.is(Role.ADMIN)) {
            throw new ActionForbidden("Violations by clause and shop are for the committee and administrators.");
        }
        return violations.summary();
    }
}
