package org.disputedesk.trust.web;

import org.disputedesk.security.DeskUser;
import org.disputedesk.trust.PersonalDataErasure;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A buyer's personal data erased at their request. */
@RestController
@Tag(name = "Trust")
class ErasureController {

    private final PersonalDataErasure erasure;

    ErasureController(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @Operation(operationId = "erasePersonalData", summary = "Erase a buyer's personal data",
            description = "Administrators, at the buyer's request: every closed case the buyer filed loses its "
                    + "personal data at once (the buyer's name on it, the order reference, the description, every "
                    + "party's words and files); its stages and outcome stay, and its timeline still verifies. "
                    + "Open cases are skipped and counted; once none is open, the account's name and email are "
                    + "erased too and the account is disabled. Recorded in the audit log.")
    @ApiResponse(responseCode = "200", description = "Done: what was erased, and what was kept.")
    @ApiResponse(responseCode = "403", description = "The caller is not an administrator.")
    @ApiResponse(responseCode = "422", description = "The account is not a buyer's.")
    @PostMapping("/api/admin/users/{username}/erasure")
    PersonalDataErasure.Erasure erase(@AuthenticationPrincipal DeskUser user, @PathVariable String username) {
        return erasure.erase(user, username);
    }
}
