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

/** The committee's ruling, the standards catalog and the violations it feeds. */
@RestController
class CommitteeController {

    private final CommitteeReviews reviews;
    private final StandardsCatalog catalog;
    private final Violations violations;

    CommitteeController(CommitteeReviews reviews, StandardsCatalog catalog, Violations violations) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.violations = violations;
    }

    @PostMapping("/api/complaints/{id}/committee-ruling")
    ComplaintView rule(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody CommitteeReviews.RulingRequest request) {
        return reviews.rule(user, id, request);
    }

    @GetMapping("/api/standards")
    List<StandardsCatalog.Standard> standards() {
        return catalog.all();
    }

    @GetMapping("/api/committee/violations")
    Violations.Summary violations(@AuthenticationPrincipal DeskUser user) {
        if (!user.is(Role.COMMITTEE) && !user.is(Role.ADMIN)) {
            throw new ActionForbidden("Violations by clause and shop are for the committee and administrators.");
        }
        return violations.summary();
    }
}
