package org.disputedesk.security;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.disputedesk.web.ProblemWriter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Map;
import java.util.Set;

/**
 * Three filter chains, chosen by how a request proves who sent it:
 * <ol>
 *   <li>credentials in an {@code Authorization} header, on any URL: checked on every request (HTTP
 *       Basic is the only scheme; any other is 401), the header alone authenticates, and no session
 *       is read or created. Such a request needs no CSRF token: nothing ambient vouches for it;</li>
 *   <li>{@code /api/**} and {@code /engine-rest/**} without one: the portal's session, whose writes
 *       need its CSRF token; a stranger gets 401 problem+json and no session;</li>
 *   <li>everything else: the portal's pages (form login, and {@link SingleSignOn} when a provider is
 *       configured), the Camunda webapps, the actuator, OpenAPI and health.</li>
 * </ol>
 * Engine REST, the webapps and the actuator (but health) are for ADMIN only, signed in with the
 * application's own users. In each chain, {@link LiveAccounts} holds every sign-in to the account as
 * it is now (disabled, password changed, temporary password). {@code POST /api/signup} and the published
 * anchors ({@code GET /api/anchors}, the anchors page) are for anyone. Before all of the chains,
 * {@link SameOriginWrites} refuses writes that another site's page sent.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    private static final RequestMatcher CARRIES_CREDENTIALS = request ->
            request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    /** A write that may rely on the session: one without a session has no one to act for, and needs no token. */
    private static final RequestMatcher SESSION_WRITES = new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
            request -> request.getSession(false) != null);

    private static final RequestMatcher ENGINE_REST = path("/engine-rest/**");
    private static final RequestMatcher API = new OrRequestMatcher(path("/api/**"), ENGINE_REST);
    private static final RequestMatcher WEBAPPS = path("/camunda/**");
    /** What the webapps call to sign out (Cockpit's, Tasklist's and Admin's menu), for any engine. */
    private static final RequestMatcher WEBAPP_LOGOUT =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
    private static final SecurityHeaders HEADERS =
            new SecurityHeaders(API, new OrRequestMatcher(WEBAPPS, path("/swagger-ui/**")));
    /** For the chains of the API, which serve no pages. */
    private static final RequestMatcher NOTHING = request -> false;
    /** Anyone may open an account as a buyer, with no credentials: sessionless, like any stranger's request. */
    private static final RequestMatcher SIGN_UP =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/signup");
    /** The published anchors are for anyone to keep and check cases against, like the health probes. */
    private static final RequestMatcher ANCHORS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/anchors"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/anchors/*"));

    /**
     * No observation per security filter, authentication and authorization: in a profile of HTTP
     * lifecycles, observation handling was 7.4% of the request threads' samples, for spans no tracing
     * backend collects. Requests stay measured as a whole (http.server.requests); failed logins are
     * counted by {@link LoginThrottle}.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain credentialsInHeader(HttpSecurity http, ProblemResponses problems,
                                            AuthenticationManager authentication, DeskUsers users,
                                            ProblemWriter writer) throws Exception {
        return http
                .securityMatcher(CARRIES_CREDENTIALS)
                .authenticationManager(authentication)
                // The request's own credentials, for this request only: a session the browser brings
                // along is neither read nor written (not even given a new id, which STATELESS would
                // do), and nothing is saved for later.
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.disable())
                // Without a valid Basic header the caller stays anonymous, so a scheme we do not know
                // (Bearer) is answered 401 here, even on a page a stranger may see.
                .authorizeHttpRequests(auth -> adminDoors(auth).anyRequest().authenticated())
                .addFilterBefore(new LiveAccounts(users, writer, NOTHING, false), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                // No session is read, so the request carries all its authority itself. A browser may
                // still attach Basic credentials it once cached: SameOriginWrites and JSON-only writes
                // keep another site from using them.
                .csrf(csrf -> csrf.disable())
                .headers(HEADERS)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, DeskUsers users, ProblemWriter writer)
            throws Exception {
        return http
                .securityMatcher(API)
                // A stranger's request leaves nothing behind: no saved request, no CSRF token, no session.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .authorizeHttpRequests(auth -> adminDoors(auth).requestMatchers(SIGN_UP, ANCHORS).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new LiveAccounts(users, writer, NOTHING, true), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SESSION_WRITES))
                .headers(HEADERS)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain site(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication,
                             SingleSignOn singleSignOn, DeskUsers users, ProblemWriter writer) throws Exception {
        singleSignOn.configure(http, authentication);
        return http
                .authorizeHttpRequests(auth -> adminDoors(auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html"),
                                path("/error"), path("/login"), path("/signup"), path("/assets/**"), path("/anchors"))
                        .permitAll())
                        .anyRequest().authenticated())
                .addFilterBefore(new LiveAccounts(users, writer, acceptsHtml(), true), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                // One sign-in, one sign-out: the webapps' menu ends the session the portal signed in,
                // and answers 200 as the webapps expect; otherwise the next request would sign the
                // admin straight back into the webapps.
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
                                WEBAPP_LOGOUT))
                        .logoutSuccessUrl("/login?logout")
                        .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(), WEBAPP_LOGOUT))
                // A page opened in the browser goes to the sign-in form; a script, the webapps' calls
                // and tools get 401 problem+json.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems.unauthenticated(),
                        new NegatedRequestMatcher(acceptsHtml())))
                // The webapps guard their own calls with their own token (X-XSRF-TOKEN).
                .csrf(csrf -> csrf.ignoringRequestMatchers(WEBAPPS))
                .headers(HEADERS)
                .build();
    }

    /** Engine REST, the webapps and the actuator (but health) are for admins, however the admin signed in. */
    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry adminDoors(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        return auth.requestMatchers(ENGINE_REST, WEBAPPS, EndpointRequest.toAnyEndpoint().excluding(HealthEndpoint.class))
                .hasRole(Role.ADMIN.name());
    }

    private static RequestMatcher acceptsHtml() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    /** Refuses writes sent by another site's pages, on every URL, before anything else reads the request. */
    @Bean
    FilterRegistrationBean<SameOriginWrites> sameOriginWrites(ProblemWriter problems) {
        FilterRegistrationBean<SameOriginWrites> registration =
                new FilterRegistrationBean<>(new SameOriginWrites(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /**
     * Signs the Spring Security user into the Camunda webapps: no second password store. The
     * webapps keep their own CSRF protection for their AJAX calls, so Spring's is off for them.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", WebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
