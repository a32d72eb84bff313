package org.disputedesk.account.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.account.Account;
import org.disputedesk.account.NewUser;
import org.disputedesk.account.UserAdministration;
import org.disputedesk.account.UserChanges;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Users administered by administrators, and by park administrators in their own park. */
@RestController
@Tag(name = "Users", description = "Accounts of the installation's people, created and managed by administrators "
        + "and by each park's administrators.")
class UsersController {

    private static final String SCOPE_ALONE = "An administrator manages every user; a park administrator the shop "
            + "operators, mediators and streamers of their own park.";
    private static final String SCOPE = " " + SCOPE_ALONE;

    private final UserAdministration administration;

    UsersController(UserAdministration administration) {
        this.administration = administration;
    }

    @Operation(operationId = "createUser", summary = "Create a user",
            description = "With a temporary password, answered once: until its user chooses their own, every call "
                    + "but `GET /api/me` and `POST /api/me/password` answers 403 with `passwordChangeRequired`. "
                    + "A park administrator's user belongs to their park unless `parkId` says otherwise." + SCOPE)
    @ApiResponse(responseCode = "201", description = "Created: the user and their temporary password.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators create users; a "
            + "park administrator creates shop operators, mediators and streamers only.")
    @ApiResponse(responseCode = "404", description = "No such park, or not the park administrator's own.")
    @ApiResponse(responseCode = "409", description = "The username or the email belongs to an account already.")
    @ApiResponse(responseCode = "422", description = "A shop that is not a shop of the user's park.")
    @PostMapping("/api/admin/users")
    ResponseEntity<Account.Created> create(@AuthenticationPrincipal DeskUser user, @Valid @RequestBody NewUser body) {
        Account.Created created = administration.create(user, body);
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @Operation(operationId = "listUsers", summary = "Find users",
            description = "Users of `role`, whose username, name or email contains `q` in any case, in username "
                    + "order, a page at a time; an administrator may ask for one park's with `parkId`, a park "
                    + "administrator reads their own park's." + SCOPE)
    @ApiResponse(responseCode = "200", description = "The users, in username order.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators read users.")
    @ApiResponse(responseCode = "404", description = "A park administrator asked for another park's users.")
    @GetMapping("/api/admin/users")
    List<Account> list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 64) String parkId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return administration.list(user, blankToNull(parkId), role, blankToNull(q), page, size);
    }

    @Operation(operationId = "getUser", summary = "Read a user", description = SCOPE_ALONE)
    @ApiResponse(responseCode = "200", description = "The user.")
    @ApiResponse(responseCode = "403", description = "Only administrators and park administrators read users.")
    @GetMapping("/api/admin/users/{username}")
    Account get(@AuthenticationPrincipal DeskUser user, @PathVariable String username) {
        return administration.get(user, username);
    }

    @Operation(operationId = "changeUser", summary = "Change, disable or enable a user",
            description = "Changes the fields given. A disabled user is refused at once, their open sessions too. "
                    + "A new park or set of shops ends the user's sessions: they sign in again to what they now "
                    + "may see." + SCOPE)
    @ApiResponse(responseCode = "200", description = "Changed: the user.")
    @ApiResponse(responseCode = "403", description = "Not the caller's to manage: only administrators and park "
            + "administrators manage users, a park administrator the park's shop operators, mediators and streamers.")
    @ApiResponse(responseCode = "409", description = "The email belongs to another account.")
    @ApiResponse(responseCode = "422", description = "A shop that is not a shop of the user's park, or the caller "
            + "disabling their own account.")
    @PatchMapping("/api/admin/users/{username}")
    Account change(@AuthenticationPrincipal DeskUser user, @PathVariable String username,
            @Valid @RequestBody UserChanges body) {
        return administration.change(user, username, body);
    }

    @Operation(operationId = "resetUserPassword", summary = "Give a user a temporary password",
            description = "Answered once; the user's sessions end, a lock-out after failed sign-ins too, and they "
                    + "must choose a new password at their next sign-in." + SCOPE)
    @ApiResponse(responseCode = "200", description = "The temporary password.")
    @ApiResponse(responseCode = "403", description = "Not the caller's to manage.")
    @ApiResponse(responseCode = "422", description = "The caller's own account: they change their own password.")
    @PostMapping("/api/admin/users/{username}/password-reset")
    Map<String, String> resetPassword(@AuthenticationPrincipal DeskUser user, @PathVariable String username) {
        return Map.of("temporaryPassword", administration.resetPassword(user, username));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
