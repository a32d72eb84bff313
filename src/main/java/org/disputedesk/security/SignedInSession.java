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
 * The sign-in of the request that changed its own account, renewed from the account as it now is:
 * after a password change this session goes on while the user's others end ({@link LiveAccounts}),
 * and after a change of language the portal speaks the new one.
 */
@Component
public class SignedInSession {

    private final DeskUsers users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInSession(DeskUsers users) {
        this.users = users;
    }

    /** Call after the change committed. */
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
