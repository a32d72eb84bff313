package org.disputedesk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Refuses expression syntax ({@code ${…}}, {@code #{…}}) in task, filter and task-history requests
 * of the engine REST API, under any engine name, and of the webapps' engine API. Camunda 7.24 CE
 * evaluates JUEL in task queries, including nested {@code orQueries} (CVE-2026-109432, unpatched in
 * CE). The engine refuses such queries itself ({@code ExpressionFreeTaskQueries}); this guard is the
 * wall in front of it that also covers what the engine cannot see as a query, such as a filter's
 * extending query. It reads what the engine will read: the decoded path, the decoded parameters,
 * and a JSON body's parsed strings, so neither percent-encoding nor a JSON escape like
 * {@code \u0024{} hides an expression.
 */
public class QueryExpressionGuard extends OncePerRequestFilter {

    static final int MAX_INSPECTED_BODY = 1024 * 1024;
    private static final Pattern QUERY_PATHS = Pattern.compile(
            "^/(engine-rest(/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/(task|filter|history/task)(/.*)?$");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final ProblemWriter problems;

    public QueryExpressionGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the servlet path and path info are decoded and normalised, as the engine's router sees them
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !QUERY_PATHS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean inParameters = request.getParameterMap().entrySet().stream()
                .anyMatch(e -> hasExpression(e.getKey()) || Arrays.stream(e.getValue()).anyMatch(this::hasExpression));
        byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
        if (body.length > MAX_INSPECTED_BODY) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Query too large",
                    "A task or filter query may have at most 1 MB.");
            return;
        }
        boolean inBody;
        try {
            inBody = isJson(request) ? hasExpression(JSON.readTree(body)) : hasExpression(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Malformed query",
                    "A task or filter query must be well-formed JSON without repeated keys.");
            return;
        }
        if (inParameters || inBody) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Expressions not allowed",
                    "Task and filter queries may not contain expressions (${...} or #{...}).");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean hasExpression(String text) {
        return EXPRESSION.matcher(text).find();
    }

    /** Every field name and text value of the tree, at any depth. */
    private boolean hasExpression(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root == null ? JSON.missingNode() : root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isTextual() && hasExpression(node.textValue())) {
                return true;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                if (hasExpression(names.next())) {
                    return true;
                }
            }
            node.forEach(pending::push);
        }
        return false;
    }
}
