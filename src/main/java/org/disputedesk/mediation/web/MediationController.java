package org.disputedesk.mediation.web;

import jakarta.validation.Valid;

import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.mediation.InformationRequests;
import org.disputedesk.mediation.MediationSteps;
import org.disputedesk.mediation.ParkStats;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Mediation: claim, decide, answer information requests; the park dashboard. */
@RestController
class MediationController {

    private final MediationSteps mediation;
    private final InformationRequests information;
    private final ParkStats stats;

    MediationController(MediationSteps mediation, InformationRequests information, ParkStats stats) {
        this.mediation = mediation;
        this.information = information;
        this.stats = stats;
    }

    @PostMapping("/api/complaints/{id}/mediation/claim")
    ComplaintView claim(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return mediation.claim(user, id);
    }

    @PostMapping("/api/complaints/{id}/mediation/decision")
    ComplaintView decide(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody MediationSteps.DecisionRequest request) {
        return mediation.decide(user, id, request);
    }

    @PostMapping("/api/complaints/{id}/information")
    ComplaintView answer(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody InformationRequests.AnswerRequest request) {
        return information.answer(user, id, request);
    }

    @GetMapping("/api/parks/{parkId}/stats")
    ParkStats.Stats stats(@AuthenticationPrincipal DeskUser user, @PathVariable String parkId) {
        return stats.of(user, parkId);
    }
}
