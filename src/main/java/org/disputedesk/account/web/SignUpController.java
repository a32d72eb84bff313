package org.disputedesk.account.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.disputedesk.account.Account;
import org.disputedesk.account.SignUp;
import org.disputedesk.account.SignUpRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Opening a buyer's account, without credentials. */
@RestController
@Tag(name = "My account")
class SignUpController {

    private final SignUp signUp;

    SignUpController(SignUp signUp) {
        this.signUp = signUp;
    }

    @Operation(operationId = "signUp", summary = "Open a buyer's account",
            description = "For anyone, without credentials. The password has at least 10 characters and is not the "
                    + "username. At most `disputes.signup.max-per-window` (5) sign-ups per client address and "
                    + "`disputes.signup.window` (an hour), a taken username or email counting too.")
    @SecurityRequirements
    @ApiResponse(responseCode = "201", description = "Opened: the buyer's account; they sign in with their password.")
    @ApiResponse(responseCode = "409", description = "The username or the email belongs to an account already; the "
            + "answer does not say which.")
    @ApiResponse(responseCode = "429", description = "Too many sign-ups from this address: try after `Retry-After` "
            + "seconds.")
    @PostMapping("/api/signup")
    ResponseEntity<Account> signUp(@Valid @RequestBody SignUpRequest body, HttpServletRequest request) {
        Account account = signUp.signUp(body, request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/me")).body(account);
    }
}
