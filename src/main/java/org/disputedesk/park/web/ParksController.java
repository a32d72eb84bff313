package org.disputedesk.park.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.disputedesk.park.Directory;
import org.disputedesk.park.Onboarding;
import org.disputedesk.park.Park;
import org.disputedesk.security.DeskUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The parks of the installation, and creating one. */
@RestController
@Tag(name = "Parks", description = "The parks of the installation, each a tenant with its own shops and staff.")
class ParksController {

    private final Onboarding onboarding;
    private final Directory directory;

    ParksController(Onboarding onboarding, Directory directory) {
        this.onboarding = onboarding;
        this.directory = directory;
    }

    @Operation(operationId = "createPark", summary = "Create a park", description = "By an administrator.")
    @ApiResponse(responseCode = "201", description = "Created: the park.")
    @ApiResponse(responseCode = "403", description = "Only administrators create parks.")
    @ApiResponse(responseCode = "409", description = "A park with this id exists already.")
    @PostMapping("/api/admin/parks")
    ResponseEntity<Park> create(@AuthenticationPrincipal DeskUser user, @Valid @RequestBody Park park) {
        Park created = onboarding.createPark(user, park);
        return ResponseEntity.created(URI.create("/api/parks/" + created.id())).body(created);
    }

    @Operation(operationId = "listParks", summary = "List the parks",
            description = "In id order, a page at a time.")
    @GetMapping("/api/parks")
    List<Park> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return directory.parks(page, size);
    }

    @Operation(operationId = "getPark", summary = "Read a park")
    @GetMapping("/api/parks/{parkId}")
    Park get(@PathVariable String parkId) {
        return directory.park(parkId);
    }
}
