package org.disputedesk.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Where the request guards apply. They run before Spring Security, so nothing oversized or of the
 * wrong type is parsed; only the refusal of cross-site writes (security) runs earlier still.
 */
@Configuration
class RequestGuards {

    /** The evidence upload is the one endpoint of the API that takes a file, the shop import the one that takes CSV. */
    @Bean
    FilterRegistrationBean<JsonWrites> jsonWrites(ProblemWriter problems) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        FilterRegistrationBean<JsonWrites> registration = new FilterRegistrationBean<>(new JsonWrites(problems,
                paths.matcher("/api/complaints/*/evidence"), paths.matcher("/api/admin/shops/import")));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 8);
        return registration;
    }

    @Bean
    FilterRegistrationBean<JsonBodyLimit> jsonBodyLimit(ProblemWriter problems) {
        FilterRegistrationBean<JsonBodyLimit> registration = new FilterRegistrationBean<>(new JsonBodyLimit(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(ProblemWriter problems) {
        FilterRegistrationBean<QueryExpressionGuard> registration =
                new FilterRegistrationBean<>(new QueryExpressionGuard(problems));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
