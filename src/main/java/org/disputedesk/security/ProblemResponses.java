package org.disputedesk.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.disputedesk.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** 401 and 403 written by the security filter chain, as problem+json like every other error. */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Dispute Desk\"");
            write(response, HttpStatus.UNAUTHORIZED, "Unauthenticated",
                    "Sign in: this resource needs valid credentials.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Not allowed",
                "Your role may not use this resource.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, title, detail));
    }
}
