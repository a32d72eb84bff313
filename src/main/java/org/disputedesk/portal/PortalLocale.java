package org.disputedesk.portal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks Simplified Chinese unless the browser prefers English, and {@code ?lang=en}
 * or {@code ?lang=zh-CN} switches for good (a cookie). API clients that name no language keep
 * English validation messages, as the contract has always answered them.
 */
@Configuration
class PortalLocale implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocaleFunction(PortalLocale::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }

    static Locale fromBrowser(HttpServletRequest request) {
        if (!StringUtils.hasText(request.getHeader("Accept-Language"))) {
            return request.getRequestURI().startsWith("/api/") ? Locale.ENGLISH : CHINESE;
        }
        Locale chosen = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
        if (chosen != null) {
            return chosen;
        }
        // "zh-TW" or "en-GB" are closer to one of ours than to nothing
        for (Locale asked : Collections.list(request.getLocales())) {
            for (Locale ours : SUPPORTED) {
                if (ours.getLanguage().equals(asked.getLanguage())) {
                    return ours;
                }
            }
        }
        return CHINESE;
    }
}
