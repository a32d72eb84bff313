package org.disputedesk.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Where the request guards apply. Both run before Spring Security, so nothing oversized is parsed. */
@Configuration
class RequestGuards {

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
