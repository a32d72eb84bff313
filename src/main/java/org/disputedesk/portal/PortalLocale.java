package org.disputedesk.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.disputedesk.security.SignedInSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks the language its signed-in user chose for their account, else Simplified
 * Chinese unless the browser prefers English; {@code ?lang=en} or {@code ?lang=zh-CN} switches for
 * good on this browser: a cookie that outlasts the browser session, kept for a year (the account
 * page sets it too when the user chooses). The switch keeps the page and its query
 * ({@link LanguageLinks}). API clients that name no language keep English validation messages, as
 * the contract has always answered them.
 *
 * <p>Every one of these inputs comes from the client and is read on every request, health checks
 * included: a language that cannot be read or is not one of ours is passed over, never an error.
 */
@Configuration
class PortalLocale implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    static final Duration CHOICE_KEPT = Duration.ofDays(365);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang") {
            @Override
            protected Locale parseLocaleValue(String value) {
                // null: the cookie is ignored and the browser's language decides
                return ours(value);
            }
        };
        // A cookie that cannot be read (a bad time zone part too) is ignored rather than thrown.
        resolver.setRejectInvalidCookies(false);
        // without a max age the choice would end with the browser session
        resolver.setCookieMaxAge(CHOICE_KEPT);
        resolver.setDefaultLocaleFunction(request -> {
            Locale chosen = request.getRequestURI().startsWith("/api/") ? null
                    : ours(SignedInSession.chosenLocale(request));
            return chosen != null ? chosen : fromBrowser(request);
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale locale = ours(value);
                if (locale == null) {
                    throw new IllegalArgumentException("not a language of the portal");
                }
                return locale;
            }
        };
        change.setParamName("lang");
        // ?lang=nonsense leaves the language as it was
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new LanguageLinks()).excludePathPatterns("/api/**");
    }

    /** One of our languages for a tag such as {@code en}, {@code en-GB} or {@code zh_CN}; null for anything else. */
    static Locale ours(String tag) {
        if (!StringUtils.hasText(tag) || tag.length() > 35) {
            return null;
        }
        try {
            String language = StringUtils.parseLocale(tag).getLanguage();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Locale fromBrowser(HttpServletRequest request) {
        List<Locale.LanguageRange> ranges = readableRanges(request.getHeader("Accept-Language"));
        if (ranges.isEmpty()) {
            return request.getRequestURI().startsWith("/api/") ? Locale.ENGLISH : CHINESE;
        }
        Locale chosen = Locale.lookup(ranges, SUPPORTED);
        if (chosen != null) {
            return chosen;
        }
        // "zh-TW" or "en-GB" are closer to one of ours than to nothing
        for (Locale.LanguageRange asked : ranges) {
            Locale ours = ours(asked.getRange());
            if (ours != null && asked.getWeight() > 0) {
                return ours;
            }
        }
        return CHINESE;
    }

    /**
     * The header's ranges that parse, by weight. {@link Locale.LanguageRange#parse} refuses the whole
     * header for one bad range ({@code en;q=2}, {@code *;q=abc}, a subtag of nine letters): each
     * range is read on its own instead, so the readable ones still count.
     */
    private static List<Locale.LanguageRange> readableRanges(String header) {
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        if (header == null) {
            return ranges;
        }
        for (String part : header.split(",")) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(part.strip()));
            } catch (IllegalArgumentException e) {
                // passed over, as a browser would pass over a language it does not know
            }
        }
        ranges.sort((a, b) -> Double.compare(b.getWeight(), a.getWeight()));
        return ranges;
    }
}
