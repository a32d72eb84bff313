package org.disputedesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in account of a request: the language its user chose, as the request found the
 * account; and after a password change, the sign-in renewed from the account as it now is, so that
 * this session goes on while the user's others end ({@link LiveAccounts}). A single sign-on signs
 * its session in the same way ({@link SingleSignOn}).
 */
@Component
public class SignedInSession {

    private final DeskUsers users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInSession(DeskUsers users) {
        this.users = users;
    }

    /** The language the request's signed-in user chose for their account; null if none, or no one signed in. */
    public static String chosenLocale(HttpServletRequest request) {
        return request.getAttribute(LiveAccounts.STATUS) instanceof DeskUsers.Status status ? status.locale() : null;
    }

    /** Signs the request's session in to {@code username}'s account as it now is; call after the change committed. */
    public void renew(String username, HttpServletRequest request, HttpServletResponse response) {
        DeskUser user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // a request that brought its own credentials leaves the session the browser sent along untouched
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }
}
