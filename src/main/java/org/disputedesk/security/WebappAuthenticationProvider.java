package org.disputedesk.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security signed in to the Camunda webapps. Only admins get this far
 * (the filter chain guards {@code /camunda/**}); they join Camunda's admin group.
 */
public class WebappAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof DeskUser user)
                || !user.is(Role.ADMIN)) {
            return AuthenticationResult.unsuccessful();
        }
        mirrorIntoEngine(engine, user);
        AuthenticationResult result = AuthenticationResult.successful(user.username());
        result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
        return result;
    }

    /**
     * The webapps look the user up in the engine's identity service, so an admin is mirrored there:
     * id and name only, never a password. The password lives in the application's users table alone.
     */
    private static void mirrorIntoEngine(ProcessEngine engine, DeskUser user) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(user.username()).count() > 0) {
            return;
        }
        User mirrored = identity.newUser(user.username());
        mirrored.setFirstName(user.username());
        mirrored.setLastName("(Dispute Desk)");
        identity.saveUser(mirrored);
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
            admins.setName("Camunda administrators");
            admins.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(admins);
        }
        identity.createMembership(user.username(), Groups.CAMUNDA_ADMIN);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security already challenged the browser before the webapp saw the request.
    }
}
