package org.disputedesk.security;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.disputedesk.web.ProblemWriter;
import org.disputedesk.web.Problems;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every signed-in request against the account as it is now, however it signed in. A
 * disabled account, or a sign-in from before the password, park or shops last changed, is over at
 * once: the request goes on as a stranger's (401, or the sign-in page) and its session ends. An
 * account with a temporary password may only read itself and choose a new password: anything else
 * is 403 with {@code passwordChangeRequired}, and a page opened in the browser goes to the page
 * that asks for the new password.
 *
 * <p>The account's state is read from the database, one indexed row per request, so a change made
 * on one node of a cluster holds on every other at the next request; a registry of sessions in each
 * node's memory could not see the other nodes' sessions.
 */
class LiveAccounts extends OncePerRequestFilter {

    /** The request attribute holding the account as this request found it, for the rest of the request. */
    static final String STATUS = DeskUsers.Status.class.getName();
    /** The portal's page that asks for a new password. */
    static final String NEW_PASSWORD_PAGE = "/account/password";

    private static final RequestMatcher WHILE_PASSWORD_TEMPORARY = new OrRequestMatcher(
            path(HttpMethod.GET, "/api/me"), path(HttpMethod.POST, "/api/me/password"),
            path(HttpMethod.GET, NEW_PASSWORD_PAGE), path(HttpMethod.POST, "/logout"),
            path(null, "/login"), path(null, "/assets/**"), path(null, "/error"));

    private final DeskUsers users;
    private final ProblemWriter problems;
    private final RequestMatcher pages;
    private final boolean signedInBySession;

    /**
     * {@code pages}: the requests a browser opens as a page; {@code signedInBySession}: whether the
     * sign-in checked is the session's, which then ends (a header's lives in its request only).
     */
    LiveAccounts(DeskUsers users, ProblemWriter problems, RequestMatcher pages, boolean signedInBySession) {
        this.users = users;
        this.problems = problems;
        this.pages = pages;
        this.signedInBySession = signedInBySession;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof DeskUser user)) {
            chain.doFilter(request, response);
            return;
        }
        // a remembered Basic sign-in read the account's row a moment ago: once a request is enough
        Optional<DeskUsers.Status> now = signedIn instanceof VerifiedCredentials.Remembered remembered
                ? Optional.of(remembered.status()) : users.status(user.username());
        if (now.isEmpty() || !now.get().enabled()
                || !Objects.equals(now.get().accessChangedAt(), user.accessChangedAt())) {
            signOut(request);
        } else if (now.get().mustChangePassword() && !WHILE_PASSWORD_TEMPORARY.matches(request)) {
            if (HttpMethod.GET.matches(request.getMethod()) && pages.matches(request)) {
                response.sendRedirect(request.getContextPath() + NEW_PASSWORD_PAGE);
            } else {
                ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "Password change required",
                        "Choose a new password first: POST /api/me/password with the temporary one.");
                problem.setProperty("passwordChangeRequired", true);
                problems.write(response, problem);
            }
            return;
        } else {
            request.setAttribute(STATUS, now.get());
        }
        chain.doFilter(request, response);
    }

    private void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = signedInBySession ? request.getSession(false) : null;
        if (session != null) {
            session.invalidate();
        }
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
