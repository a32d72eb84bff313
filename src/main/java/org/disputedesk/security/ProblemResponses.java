package org.disputedesk.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.disputedesk.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 401 and 403 written by the security filter chain, as problem+json like every other error. */
@Component
class ProblemResponses {

    private final ProblemWriter problems;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    ProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Dispute Desk\"");
            write(response, HttpStatus.UNAUTHORIZED, "Unauthenticated",
                    "Sign in: this resource needs valid credentials.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            // The CSRF filter refuses an unsigned-in POST before authentication runs: that caller has
            // no credentials at all, which the contract answers with 401, not 403.
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (caller == null || trust.isAnonymous(caller)) {
                unauthenticated().commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
                return;
            }
            write(response, HttpStatus.FORBIDDEN, "Not allowed", e instanceof CsrfException
                    ? "A change made with the session needs the session's CSRF token."
                    : "Your role may not use this resource.");
        };
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        problems.write(response, status, title, detail);
    }
}
