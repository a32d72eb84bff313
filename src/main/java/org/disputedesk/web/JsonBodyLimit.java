package org.disputedesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the JSON bodies of the API: no request of the contract comes near it, and a client that
 * sends megabytes of JSON is refused before anything parses it. Evidence uploads (multipart) and
 * shop imports (CSV) have their own limits.
 */
public class JsonBodyLimit extends OncePerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;

    private final ProblemWriter problems;

    public JsonBodyLimit(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return type.startsWith("multipart/") || type.startsWith("text/csv");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getContentLengthLong() > MAX_BYTES ? null
                : request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body == null || body.length > MAX_BYTES) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "A request body may have at most " + MAX_BYTES / 1024 + " KB.");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }
}
