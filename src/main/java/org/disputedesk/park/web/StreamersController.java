package org.disputedesk.park.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.park.StreamerOnboarding;
import org.disputedesk.park.StreamerProfile;
import org.disputedesk.security.DeskUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Registering the parks' livestream hosts (streamer profiles) and listing them. */
@RestController
@Tag(name = "Streamers", description = "The profiles of the parks' livestream hosts: their shops and rooms.")
class StreamersController {

    private final StreamerOnboarding onboarding;

    StreamersController(StreamerOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Operation(operationId = "createStreamer", summary = "Register a streamer profile",
            description = "By an administrator, or by a park administrator in their own park. A complaint whose "
                    + "`livestream.room` is one of the profile's rooms names the profile (`streamerId`), and the "
                    + "profile's hosts see it.")
    @ApiResponse(responseCode = "201", description = "Created: the profile.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators register streamers.")
    @ApiResponse(responseCode = "404", description = "No such park, or not the park administrator's own.")
    @ApiResponse(responseCode = "409", description = "A profile with this id exists, or one of the rooms belongs to "
            + "another profile; nothing was changed.")
    @ApiResponse(responseCode = "422", description = "A shop that is not a shop of the park.")
    @PostMapping("/api/admin/streamers")
    ResponseEntity<StreamerProfile> create(@AuthenticationPrincipal DeskUser user,
            @Valid @RequestBody StreamerProfile profile) {
        StreamerProfile created = onboarding.create(user, profile);
        return ResponseEntity.created(URI.create("/api/streamers/" + created.id() + "/record")).body(created);
    }

    @Operation(operationId = "listStreamers", summary = "List the streamer profiles",
            description = "Of the parks the caller administers (every park for an administrator), or of `parkId`, "
                    + "in id order, a page at a time.")
    @ApiResponse(responseCode = "200", description = "The profiles, in id order.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators list streamers.")
    @ApiResponse(responseCode = "404", description = "No such park, or not the park administrator's own.")
    @GetMapping("/api/admin/streamers")
    List<StreamerProfile> list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(required = false) @Size(max = 64) String parkId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return onboarding.list(user, parkId, page, size);
    }
}
