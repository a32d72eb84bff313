package org.disputedesk.audit.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.audit.AuditLog;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The log of administrative actions. */
@RestController
@Tag(name = "Audit", description = "The log of administrative actions: who did what to which park, shop or account.")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(operationId = "listAdministrativeActions", summary = "Read the log of administrative actions",
            description = "Newest first, a page at a time. An administrator reads every action, or one park's with "
                    + "`parkId`; a park administrator reads the actions that concern their own park. Each entry's "
                    + "`detail` is in the language of `Accept-Language` (`zh-CN` or English, the default); an entry "
                    + "written before details were kept in both languages reads as it was written.")
    @ApiResponse(responseCode = "200", description = "The actions, newest first.")
    @ApiResponse(responseCode = "403", description = "The log is for administrators and park administrators.")
    @ApiResponse(responseCode = "404", description = "A park administrator asked for another park's actions.")
    @GetMapping("/api/admin/audit")
    List<AuditLog.Entry> list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(required = false) @Size(max = 64) String parkId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Locale locale) {
        return audit.read(user, parkId, page, size, locale);
    }
}
