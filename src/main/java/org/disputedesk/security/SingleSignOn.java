package org.disputedesk.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in by OpenID Connect (authorization code flow) with each provider of
 * {@code spring.security.oauth2.client.registration.*}, beside the password form; with none
 * configured, the portal signs in by password alone, as it always did. The provider's word is
 * turned into a sign-in to the desk's own account ({@link ExternalAccounts} says which), so that the
 * session is one like the password form's: same principal, roles, language, and {@link LiveAccounts}.
 * A refusal, or any failure of the exchange, returns to the sign-in page, which says why.
 */
@Component
class SingleSignOn {

    /** Where a sign-in with a provider starts: {@code /oauth2/authorization/{registrationId}}. */
    static final String START = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    /** The provider's person, and the desk's account they signed into. */
    static final class SignedOn extends DefaultOidcUser {

        private final String username;

        SignedOn(OidcUser person, String username) {
            super(person.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.username = username;
        }
    }

    private final ClientRegistrationRepository registrations;
    private final ObjectProvider<ExternalAccounts> accounts;
    private final SignedInSession sessions;
    private final OidcUserService provider = new OidcUserService();
    private final SavedRequestAwareAuthenticationSuccessHandler landing =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<ExternalAccounts> accounts,
                 SignedInSession sessions) {
        this.registrations = registrations.getIfAvailable();
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** The portal's sign-ins: the password form's through {@code passwords}, and each provider's. */
    void configure(HttpSecurity http, AuthenticationManager passwords) throws Exception {
        if (registrations == null) {
            http.authenticationManager(passwords);
            return;
        }
        // The providers' sign-ins are the chain's own; a password goes on to the application's manager.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(passwords);
        http.oauth2Login(login -> login
                .loginPage("/login")
                // the tokens are not used after the sign-in: they end with the session, not kept per user
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(info -> info.oidcUserService(this::signOn).userService(this::notOpenIdConnect))
                .successHandler(this::signedOn)
                .failureHandler(this::refused)
                // an unknown provider's link would otherwise be answered 500
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(SingleSignOn.this::refused);
                        return filter;
                    }
                }));
    }

    private OidcUser signOn(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        ExternalIdentity identity = new ExternalIdentity(person.getIssuer().toString(), person.getSubject(),
                person.getEmail(), Boolean.TRUE.equals(person.getEmailVerified()), person.getFullName());
        try {
            return new SignedOn(person, accounts.getObject().accountOf(identity));
        } catch (SignOnRefused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().code()), refused.getMessage(),
                    refused);
        }
    }

    /** A provider registered without the {@code openid} scope vouches for no verified email. */
    private OAuth2User notOpenIdConnect(OAuth2UserRequest request) {
        throw new OAuth2AuthenticationException(new OAuth2Error(SignOnRefused.Reason.FAILED.code()),
                "Registration " + request.getClientRegistration().getRegistrationId()
                        + " is not OpenID Connect: its scopes lack openid");
    }

    /** The session is signed into the desk's account, as the password form signs it in, and goes where it was going. */
    private void signedOn(HttpServletRequest request, HttpServletResponse response, Authentication signedOn)
            throws IOException, ServletException {
        sessions.renew(((SignedOn) signedOn.getPrincipal()).username, request, response);
        landing.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SignOnRefused.Reason reason = failure.getCause() instanceof SignOnRefused refused
                ? refused.reason() : SignOnRefused.Reason.FAILED;
        if (reason == SignOnRefused.Reason.FAILED) {
            // a provider that is down or misconfigured is the operator's to see; the person sees only that it failed
            log.info("Single sign-on failed: {}", failure.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason.code());
    }
}
