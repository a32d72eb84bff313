package org.disputedesk.web;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests refused before any controller runs (a path with {@code //}, {@code /./}, {@code ..;},
 * an encoded slash, a NUL) still get problem+json: Spring Security's firewall answers through
 * {@link ProblemWriter}, and Tomcat's own error page is replaced by a problem body without server
 * details.
 */
@Configuration
class RejectedRequests {

    /** The one firewall: Spring Security's filter chain takes this bean too. */
    @Bean
    HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "Malformed request",
                "The request path or headers are not acceptable: send a path without empty segments (//), "
                        + "dot segments (/./, /../, %2e), path parameters (;) or encoded slashes.");
    }

    /**
     * The firewall's path checks before any other filter. Spring Security runs Spring MVC's path
     * parser in front of its own filter chain; for the servlets that are not Spring MVC's (engine
     * REST, the webapps' engine API) that parser throws on a path such as {@code //engine-rest/...}
     * or {@code /engine-rest;x/...} before the firewall could refuse it, and the client got a 500.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> firewallFirst(HttpFirewall firewall, RequestRejectedHandler handler) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        try {
                            firewall.getFirewalledRequest(request);
                        } catch (RequestRejectedException rejected) {
                            handler.handle(request, response, rejected);
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        // after the character encoding filter (highest precedence), before everything else
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's last-resort error page, as problem+json. */
    public static class ProblemErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone; there is no one left to tell
            }
        }
    }
}
