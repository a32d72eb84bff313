package org.disputedesk.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the layout's language links lead: to the same page with the same query, a case list's
 * filters included, and only {@code lang} changed. A request attribute, by language tag
 * ({@code languageLinks['en']}), since a template cannot read the request's query itself.
 */
class LanguageLinks implements HandlerInterceptor {

    static final String ATTRIBUTE = "languageLinks";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Locale language : PortalLocale.SUPPORTED) {
            String tag = language.toLanguageTag();
            // the query as the browser sent it, still encoded: only lang is replaced
            links.put(tag, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("lang", tag).build().toUriString());
        }
        request.setAttribute(ATTRIBUTE, links);
        return true;
    }
}
