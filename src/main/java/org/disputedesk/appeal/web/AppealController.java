package org.disputedesk.appeal.web;

import jakarta.validation.Valid;

import org.disputedesk.appeal.AppealSteps;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The appeal of a mediator's ruling, and its review. */
@RestController
@Tag(name = "Appeal", description = "The second instance: a party's appeal of a mediator's ruling, and the "
        + "decision of another mediator of the park.")
class AppealController {

    private final AppealSteps appeals;

    AppealController(AppealSteps appeals) {
        this.appeals = appeals;
    }

    @Operation(operationId = "appealRuling", summary = "Appeal the mediator's ruling",
            description = "By the buyer or the shop's operators, while the case is in its `APPEAL_WINDOW` after a "
                    + "RULE_FOR_BUYER or RULE_FOR_SHOP (not after a settlement), once per case. `evidenceIds` are "
                    + "evidence files of the case; at least one must have been uploaded by the appellant's side "
                    + "after the ruling (new information). The case moves to `APPEAL_REVIEW`.")
    @ApiResponse(responseCode = "200", description = "The complaint, now in its appeal's review.")
    @ApiResponse(responseCode = "422", description = "No new information: none of the cited evidence files was "
            + "uploaded by the appellant's side after the ruling, or one is not evidence of this case.")
    @PostMapping("/api/complaints/{id}/appeal")
    ComplaintView appeal(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody AppealSteps.AppealRequest request) {
        return appeals.appeal(user, id, request);
    }

    @Operation(operationId = "decideAppeal", summary = "Decide the appeal of a ruling",
            description = "By a mediator of the case's park other than the one who ruled, while the case is in "
                    + "`APPEAL_REVIEW`. UPHOLD lets the ruling take effect; OVERTURN reverses it: overturning a "
                    + "ruling for the shop needs the `remedy` and `amount` the shop must deliver, overturning a "
                    + "ruling for the buyer rejects the complaint. The result takes effect at once, for good.")
    @ApiResponse(responseCode = "200", description = "The complaint, the appeal decided.")
    @ApiResponse(responseCode = "403", description = "The caller is not a mediator, or is the mediator who ruled.")
    @ApiResponse(responseCode = "422", description = "An amount over the order amount that is not compensation, "
            + "or compensation over its limit.")
    @PostMapping("/api/complaints/{id}/appeal-decision")
    ComplaintView decide(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody AppealSteps.AppealDecisionRequest request) {
        return appeals.decide(user, id, request);
    }
}
