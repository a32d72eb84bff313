package org.disputedesk.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.disputedesk.web.ProblemWriter;
import org.disputedesk.web.WriteGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent on behalf of
 * another site, on every URL: its {@code Origin} is not this server's own (or is {@code null}, an
 * opaque origin such as a sandboxed frame), or, when it has no {@code Origin}, its
 * {@code Sec-Fetch-Site} says it came from elsewhere. Browsers set both headers themselves and no
 * page can change them, so another site's form or script cannot use what the browser holds for us:
 * the session cookie, or the Basic credentials it once answered the API's prompt with.
 *
 * <p>A request with neither header is not from a page at all (curl, an API client): it brings its
 * own credentials. This server's origin is the request's own scheme, host and port, as the
 * forwarded headers of a trusted reverse proxy give them ({@code server.forward-headers-strategy}).
 */
class SameOriginWrites extends WriteGuard {

    /** Only these say the request came from our own pages or from the user (a typed address, a bookmark). */
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    SameOriginWrites(ProblemWriter problems) {
        super(problems, HttpStatus.FORBIDDEN, "Cross-site request",
                "Changes are accepted only from this site's own pages.");
    }

    @Override
    protected boolean refuses(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ORIGIN) != null) {
            try {
                return CorsUtils.isCorsRequest(request);
            } catch (IllegalArgumentException unreadable) {
                return true;
            }
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        return fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite);
    }
}
