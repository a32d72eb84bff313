package org.disputedesk.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of a response by what it is, whichever filter chain answered: the API's
 * JSON loads nothing, is never framed and sends no referrer; the portal's pages load only from
 * here and run no inline script; the webapps and Swagger UI bring their own pages and policies.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    private static final String API_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** The portal loads nothing from elsewhere and runs no inline script; evidence previews are blob: URLs. */
    private static final String PORTAL_CONTENT_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; object-src 'none'; frame-ancestors 'self'; form-action 'self'";

    private final RequestMatcher api;
    private final RequestMatcher pages;
    private final RequestMatcher portalPages;

    /** {@code api}: the JSON APIs; {@code foreignPages}: pages whose policy is their own. */
    SecurityHeaders(RequestMatcher api, RequestMatcher foreignPages) {
        this.api = api;
        this.pages = new NegatedRequestMatcher(api);
        this.portalPages = new NegatedRequestMatcher(new OrRequestMatcher(api, foreignPages));
    }

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frames -> frames.disable())
                .addHeaderWriter(when(api, new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_POLICY)))
                .addHeaderWriter(when(api, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .addHeaderWriter(when(api, new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER)))
                .addHeaderWriter(when(portalPages,
                        new StaticHeadersWriter("Content-Security-Policy", PORTAL_CONTENT_POLICY)))
                .addHeaderWriter(when(pages, new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(when(pages, new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN)));
    }

    private static HeaderWriter when(RequestMatcher requests, HeaderWriter writer) {
        return new DelegatingRequestMatcherHeaderWriter(requests, writer);
    }
}
