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
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Map;

/**
 * Two filter chains. {@code /api/**}: HTTP Basic for API clients, the session for the portal,
 * every error as problem+json. Everything else: the portal's pages (form login), the Camunda
 * webapps and engine REST (ADMIN only, signed in with the application's own users), OpenAPI, health. CSRF tokens guard cookie
 * sessions; a request that carries its own credentials needs none. Before any chain,
 * {@link SameOriginWrites} refuses writes that another site's page sent.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    /** The portal loads nothing from elsewhere and runs no inline script; evidence previews are blob: URLs. */
    private static final String PORTAL_CONTENT_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; object-src 'none'; frame-ancestors 'self'; form-action 'self'";

    private static final RequestMatcher CARRIES_CREDENTIALS = request ->
            request.getHeader(HttpHeaders.AUTHORIZATION) != null;

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
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication)
            throws Exception {
        return http
                .securityMatcher(path("/api/**"))
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_CREDENTIALS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication)
            throws Exception {
        // The engine REST API is a servlet of its own: a plain-string matcher would miss it.
        RequestMatcher engineRest = path("/engine-rest/**");
        return http
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html"),
                                path("/error"), path("/login"), path("/assets/**")).permitAll()
                        .requestMatchers(engineRest, path("/camunda/**"), EndpointRequest.toAnyEndpoint())
                        .hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems.unauthenticated(), engineRest)
                        .defaultAccessDeniedHandlerFor(problems.forbidden(), engineRest))
                .csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_CREDENTIALS, path("/camunda/**")))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(path("/camunda/**"), path("/swagger-ui/**"))), new StaticHeadersWriter(
                                        "Content-Security-Policy", PORTAL_CONTENT_POLICY)))
                        .frameOptions(frames -> frames.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
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
