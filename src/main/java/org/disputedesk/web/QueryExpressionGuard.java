package org.disputedesk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses expression syntax ({@code ${…}}, {@code #{…}}) in task, filter and task-history queries
 * of the engine REST API and the webapps' engine API. Camunda 7.24 CE evaluates JUEL in task
 * queries, including nested {@code orQueries} (CVE-2026-109432, unpatched in CE); the engine's own
 * switches for ad-hoc and stored queries are off as well, and this guard is the second wall that
 * also covers what those switches miss.
 */
public class QueryExpressionGuard extends OncePerRequestFilter {

    static final int MAX_INSPECTED_BODY = 1024 * 1024;
    private static final Pattern QUERY_PATHS = Pattern.compile(
            "^/(engine-rest|camunda/api/engine/engine/[^/]+)/(task|filter|history/task)(/.*)?$");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");

    private final ProblemWriter problems;

    public QueryExpressionGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !QUERY_PATHS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean inParameters = request.getParameterMap().entrySet().stream()
                .anyMatch(e -> EXPRESSION.matcher(e.getKey()).find()
                        || java.util.Arrays.stream(e.getValue()).anyMatch(v -> EXPRESSION.matcher(v).find()));
        byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
        if (body.length > MAX_INSPECTED_BODY) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Query too large",
                    "A task or filter query may have at most 1 MB.");
            return;
        }
        if (inParameters || EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Expressions not allowed",
                    "Task and filter queries may not contain expressions (${...} or #{...}).");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }
}
