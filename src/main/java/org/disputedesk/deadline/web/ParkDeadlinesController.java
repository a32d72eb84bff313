package org.disputedesk.deadline.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.disputedesk.deadline.ParkDeadlineSettings;
import org.disputedesk.deadline.ParkDeadlines;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Each park's own deadlines. */
@RestController
@Tag(name = "Deadlines")
class ParkDeadlinesController {

    private final ParkDeadlineSettings settings;

    ParkDeadlinesController(ParkDeadlineSettings settings) {
        this.settings = settings;
    }

    @Operation(operationId = "getParkDeadlines", summary = "Read a park's deadlines",
            description = "Each stage's deadline as the park set it, null where it takes the installation's "
                    + "setting, which `defaults` names.")
    @ApiResponse(responseCode = "200", description = "The park's deadlines.")
    @ApiResponse(responseCode = "404", description = "No such park.")
    @GetMapping("/api/parks/{parkId}/deadlines")
    ParkDeadlineSettings.View get(@PathVariable @Size(max = 64) String parkId) {
        return settings.of(parkId);
    }

    @Operation(operationId = "replaceParkDeadlines", summary = "Set a park's deadlines",
            description = "By the park's administrator or an administrator: each stage's deadline in `HOURS`, "
                    + "`CALENDAR_DAYS` or `WORKING_DAYS`; a stage left out takes the installation's setting. A "
                    + "deadline in days ends at the time of day its stage began. The change applies to the "
                    + "stages entered after it, and is recorded in the audit log.")
    @ApiResponse(responseCode = "200", description = "The park's deadlines as now set.")
    @ApiResponse(responseCode = "400", description = "An amount out of range, an unknown unit or time zone.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators set deadlines.")
    @ApiResponse(responseCode = "404", description = "No such park, or another park than a park administrator's.")
    @PutMapping("/api/admin/parks/{parkId}/deadlines")
    ParkDeadlineSettings.View replace(@AuthenticationPrincipal DeskUser user,
                                      @PathVariable @Size(max = 64) String parkId,
                                      @Valid @RequestBody ParkDeadlines deadlines) {
        return settings.replace(user, parkId, deadlines);
    }
}
