package org.disputedesk.committee.web;

import jakarta.validation.Valid;

import org.disputedesk.committee.CatalogMaintenance;
import org.disputedesk.committee.StandardsCatalog;
import org.disputedesk.security.DeskUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalog's upkeep by the committee. A code such as {@code GB/T 29862-2013} holds a slash, which
 * a path may not carry encoded: it is written as it is, {@code /api/standards/GB/T 29862-2013/clauses}.
 */
@RestController
@Tag(name = "Standards committee")
class StandardsController {

    private final CatalogMaintenance maintenance;

    StandardsController(CatalogMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Operation(operationId = "addStandard", summary = "Add a standard to the catalog",
            description = "With its English and Chinese titles and its first clauses. Committee and administrators.")
    @ApiResponse(responseCode = "201", description = "Added: the standard.")
    @ApiResponse(responseCode = "409", description = "The catalog has this code already.")
    @PostMapping("/api/standards")
    @ResponseStatus(HttpStatus.CREATED)
    StandardsCatalog.Standard add(@AuthenticationPrincipal DeskUser user,
            @Valid @RequestBody CatalogMaintenance.NewStandard standard) {
        return maintenance.add(user, standard);
    }

    @Operation(operationId = "addStandardClause", summary = "Add a clause to a standard",
            description = "A code with a slash (`GB/T …`) is written with it: `/api/standards/GB/T 29862-2013/clauses`.")
    @ApiResponse(responseCode = "201", description = "Added: the standard with its clauses.")
    @ApiResponse(responseCode = "404", description = "The catalog has no such standard.")
    @ApiResponse(responseCode = "409", description = "The standard has this clause already.")
    @PostMapping({"/api/standards/{code}/clauses", "/api/standards/{family}/{code}/clauses"})
    @ResponseStatus(HttpStatus.CREATED)
    StandardsCatalog.Standard addClause(@AuthenticationPrincipal DeskUser user,
            @PathVariable(required = false) String family, @PathVariable String code,
            @Valid @RequestBody CatalogMaintenance.NewClause clause) {
        return maintenance.addClause(user, code(family, code), clause);
    }

    @Operation(operationId = "changeStandardStatus", summary = "Mark a standard superseded, or current again",
            description = "A superseded standard cannot be cited in a new ruling (422); earlier rulings keep their "
                    + "citations. `supersededBy` names the standard of the catalog that replaced it.")
    @ApiResponse(responseCode = "200", description = "Changed: the standard.")
    @ApiResponse(responseCode = "404", description = "The catalog has no such standard.")
    @ApiResponse(responseCode = "422", description = "`supersededBy` is not another standard of the catalog.")
    @PatchMapping({"/api/standards/{code}", "/api/standards/{family}/{code}"})
    StandardsCatalog.Standard changeStatus(@AuthenticationPrincipal DeskUser user,
            @PathVariable(required = false) String family, @PathVariable String code,
            @Valid @RequestBody CatalogMaintenance.StatusChange change) {
        return maintenance.changeStatus(user, code(family, code), change);
    }

    private static String code(String family, String code) {
        return family == null ? code : family + "/" + code;
    }
}
