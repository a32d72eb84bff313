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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mediation: claim, decide, answer information requests; the park dashboard. */
@RestController
@Tag(name = "Mediation",
        description = "The park mediator's steps, the asked party's answer and the park's statistics.")
class MediationController {

    private final MediationSteps mediation;
    private final InformationRequests information;
    private final ParkStats stats;

    MediationController(MediationSteps mediation, InformationRequests information, ParkStats stats) {
        this.mediation = mediation;
        this.information = information;
        this.stats = stats;
    }

    @Operation(operationId = "claimMediation", summary = "Claim the case for mediation",
            description = "The caller becomes the case's mediator.")
    @PostMapping("/api/complaints/{id}/mediation/claim")
    ComplaintView claim(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return mediation.claim(user, id);
    }

    @Operation(operationId = "decideMediation", summary = "Decide the mediation",
            description = "REQUEST_INFO asks a `party` a `question`; SETTLE and RULE_FOR_BUYER need a `remedy` and "
                    + "an `amount`; RULE_FOR_SHOP closes the case as rejected; ESCALATE puts the `question` to the "
                    + "standards committee. Either ruling may cite standard clauses (`citations`), checked "
                    + "against the catalog as the committee's are (422 for an unknown clause or a superseded "
                    + "standard). Only the mediator who claimed the case decides it.")
    @PostMapping("/api/complaints/{id}/mediation/decision")
    ComplaintView decide(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody MediationSteps.DecisionRequest request) {
        return mediation.decide(user, id, request);
    }

    @Operation(operationId = "answerInformationRequest", summary = "Answer the mediator's question",
            description = "By the party the mediator asked.")
    @PostMapping("/api/complaints/{id}/information")
    ComplaintView answer(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody InformationRequests.AnswerRequest request) {
        return information.answer(user, id, request);
    }

    @Operation(operationId = "getParkStats", summary = "Read a park's statistics",
            description = "Open cases by stage, overdue cases, resolution times, and cases by category.")
    @ApiResponse(responseCode = "200", description = "The park's statistics.")
    @ApiResponse(responseCode = "403", description = "Park statistics are for the park's staff and administrators.")
    @GetMapping("/api/parks/{parkId}/stats")
    ParkStats.Stats stats(@AuthenticationPrincipal DeskUser user, @PathVariable String parkId) {
        return stats.of(user, parkId);
    }
}
