package org.disputedesk.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the requests that change state (POST, PUT, PATCH, DELETE): one it refuses is answered
 * with its problem and goes no further; reads pass untouched.
 */
public abstract class WriteGuard extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ProblemWriter problems;
    private final HttpStatus status;
    private final String title;
    private final String detail;

    protected WriteGuard(ProblemWriter problems, HttpStatus status, String title, String detail) {
        this.problems = problems;
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    /** Whether this write must go no further. */
    protected abstract boolean refuses(HttpServletRequest request);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (refuses(request)) {
            problems.write(response, status, title, detail);
            return;
        }
        chain.doFilter(request, response);
    }
}
