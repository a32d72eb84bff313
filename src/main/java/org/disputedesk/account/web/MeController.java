package org.disputedesk.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.disputedesk.account.Account;
import org.disputedesk.account.MyAccount;
import org.disputedesk.account.OwnChanges;
import org.disputedesk.account.PasswordChange;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.SignedInSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own account. */
@RestController
@Tag(name = "My account", description = "The caller's own account: name, email, language and password.")
class MeController {

    private final MyAccount myAccount;
    private final SignedInSession session;

    MeController(MyAccount myAccount, SignedInSession session) {
        this.myAccount = myAccount;
        this.session = session;
    }

    @Operation(operationId = "getMyAccount", summary = "Read my account",
            description = "Also with a temporary password, whose `mustChangePassword` is then true.")
    @ApiResponse(responseCode = "200", description = "The caller's account.")
    @GetMapping("/api/me")
    Account get(@AuthenticationPrincipal DeskUser user) {
        return myAccount.of(user);
    }

    @Operation(operationId = "changeMyAccount", summary = "Change my name, email or language",
            description = "Changes the fields given. The portal follows the language chosen.")
    @ApiResponse(responseCode = "200", description = "Changed: the account.")
    @ApiResponse(responseCode = "409", description = "The email belongs to another account.")
    @PatchMapping("/api/me")
    Account change(@AuthenticationPrincipal DeskUser user, @Valid @RequestBody OwnChanges body) {
        return myAccount.change(user, body);
    }

    @Operation(operationId = "changeMyPassword", summary = "Choose a new password",
            description = "At least 10 characters, not the username, not the current one. Every other session of "
                    + "the user ends; the one that asked goes on. A wrong current password counts towards the "
                    + "lock-out after failed sign-ins.")
    @ApiResponse(responseCode = "204", description = "Changed.")
    @PostMapping("/api/me/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal DeskUser user,
            @Valid @RequestBody PasswordChange body, HttpServletRequest request, HttpServletResponse response) {
        myAccount.changePassword(user, body);
        session.renew(user.username(), request, response);
        return ResponseEntity.noContent().build();
    }
}
