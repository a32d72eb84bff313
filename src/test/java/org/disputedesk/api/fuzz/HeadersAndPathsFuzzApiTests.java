package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Headers and paths that every URL reads before any handler: the language the browser asks for
 * (a header, a cookie, a parameter) and the path itself. None of them may break a page: a language
 * that cannot be read is passed over, a path with empty or dot segments or path parameters is a 400
 * problem, on the API, the portal, health, engine REST and the Camunda webapps alike; and the log
 * holds no stack trace for any of it.
 */
@ExtendWith(OutputCaptureExtension.class)
class HeadersAndPathsFuzzApiTests extends ApiFuzzing {

    /** Accept-Language values that no language can be read from. */
    static final List<String> UNREADABLE_LANGUAGES = List.of("en;q=2", ";;;", "*;q=abc", "zz-ZZZZZZZZZ", ",",
            "en;q=-1", "q=0.5", "en;q", "-en", "en--GB", "x-" + "a".repeat(80), "fr;q=0.9, ".repeat(600));
    /** Lang cookie and parameter values that are not a language of the portal. */
    static final List<String> UNREADABLE_LANG_VALUES = List.of("en;q=2", "zz-ZZZZZZZZZ", "%%%", "_", "-", "und",
            "en/Not_A_Zone", "x".repeat(300), "", "en'--", "<script>");
    /** Engine REST, the webapps' engine API, a webapp page, the API, health: each a path that works as it is. */
    static final List<String> PATHS = List.of("/engine-rest/engine", "/engine-rest/task/count",
            "/camunda/api/engine/engine/default/task/count", "/camunda/app/cockpit/default/", "/api/complaints",
            "/actuator/health");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private LogWatch log;

    @BeforeEach
    void watchTheLog(CapturedOutput output) {
        log = new LogWatch(output);
    }

    @Test
    void anUnreadableAcceptLanguageIsPassedOverOnEveryUrl() {
        fuzz.runEach("accept-language", everywhere(UNREADABLE_LANGUAGES.stream()
                .map(value -> Map.of("Accept-Language", value)).toList()));

        for (String value : UNREADABLE_LANGUAGES) {
            assertThat(page("/login", null, Map.of("Accept-Language", value))).as(value).contains("lang=\"zh-CN\"");
            assertThat(page("/cases", "buyer1", Map.of("Accept-Language", value))).as(value)
                    .contains("lang=\"zh-CN\"");
            page("/camunda/app/cockpit/default/", "admin", Map.of("Accept-Language", value));
        }
        log.assertNoStackTrace();
    }

    @Test
    void theNextReadableLanguageOfTheHeaderStillCounts() {
        for (String value : List.of("en;q=2, en-GB;q=0.5", "zz-ZZZZZZZZZ, en", "*;q=abc, en-US", ";;;, en;q=0.1")) {
            assertThat(page("/login", null, Map.of("Accept-Language", value))).as(value).contains("lang=\"en\"");
        }
        assertThat(page("/login", null, Map.of("Accept-Language", "en;q=2, zh-TW;q=0.5")))
                .contains("lang=\"zh-CN\"");
        log.assertNoStackTrace();
    }

    @Test
    void anAcceptLanguageOverTheHeaderLimitIsABadRequestProblem() {
        List<Probe> probes = everywhere(List.of(Map.of("Accept-Language", "en-US,".repeat(1700))), Set.of(400),
                Validity.INVALID_4XX);
        fuzz.runEach("accept-language over 8 KB", probes);
        log.assertNoStackTrace();
    }

    @Test
    void anUnreadableLangCookieOrParameterFallsBackToTheDefault() {
        List<Map<String, String>> cookies = UNREADABLE_LANG_VALUES.stream()
                .map(value -> Map.of("Cookie", "lang=" + value)).toList();
        fuzz.runEach("lang cookie", everywhere(cookies));
        List<Probe> withParameter = new ArrayList<>();
        for (String value : UNREADABLE_LANG_VALUES) {
            for (Probe probe : everywhere(List.of(Map.of()))) {
                withParameter.add(new Probe(probe.endpoint(), "lang=" + value, probe.method(),
                        probe.path() + "?lang=" + encode(value), probe.user(), probe.password(), null, null,
                        probe.headers(), probe.validity(), probe.expected(), Write.NONE));
            }
        }
        fuzz.runEach("lang parameter", withParameter);

        for (String value : UNREADABLE_LANG_VALUES) {
            assertThat(page("/login", null, Map.of("Cookie", "lang=" + value))).as(value).contains("lang=\"zh-CN\"");
            assertThat(page("/cases?lang=" + encode(value), "buyer1", Map.of())).as(value).contains("lang=\"zh-CN\"");
            // a bad parameter leaves a language chosen before as it was
            assertThat(page("/login?lang=" + encode(value), null, Map.of("Cookie", "lang=en"))).as(value)
                    .contains("lang=\"en\"");
        }
        log.assertNoStackTrace();
    }

    @Test
    void aPathWithEmptyOrDotSegmentsOrPathParametersIsABadRequestProblem() {
        List<Probe> probes = new ArrayList<>();
        for (String path : PATHS) {
            int second = path.indexOf('/', 1);
            String first = path.substring(0, second);
            String rest = path.substring(second);
            for (String bad : List.of("/" + path, path.replace(rest, "/" + rest), first + "/." + rest,
                    "/." + path, first + "/x/.." + rest, "/x/.." + path, first + "/%2e" + rest, first + "/%2e%2e" + rest,
                    "/%2E%2E" + path, first + ";jsessionid=0" + rest, first + rest + ";x=1", first + "/;" + rest,
                    first + "%3B" + rest, first + "%2F" + rest.substring(1), first + "/%2e%2e%2f" + rest.substring(1),
                    first + "/%252e%252e" + rest, first + "/.%2e" + rest)) {
                for (String user : new String[] {"admin", null}) {
                    probes.add(new Probe("paths", bad, "GET", bad, user, user == null ? null : PASSWORD, null, null,
                            Map.of(), Validity.INVALID_4XX, Set.of(400), Write.NONE));
                }
            }
        }
        fuzz.runEach("paths", probes);
        log.assertNoStackTrace();
    }

    /** GET of each of {@link #PATHS} with each set of headers, by a user who may read it. */
    private List<Probe> everywhere(List<Map<String, String>> headerSets) {
        return everywhere(headerSets, null, Validity.VALID);
    }

    private List<Probe> everywhere(List<Map<String, String>> headerSets, Set<Integer> expected, Validity validity) {
        List<Probe> probes = new ArrayList<>();
        for (Map<String, String> headers : headerSets) {
            String label = headers.toString().length() > 60 ? headers.toString().substring(0, 60) : headers.toString();
            for (String path : PATHS) {
                boolean webapp = path.startsWith("/camunda/app/");
                // the webapp's page is HTML: page() reads it; here its engine API stands in for it
                String target = webapp ? "/camunda/api/engine/engine/" : path;
                String user = path.startsWith("/api/") ? "buyer1" : "admin";
                probes.add(new Probe("headers", label, "GET", target, user, PASSWORD, null, null, headers, validity,
                        expected == null ? Set.of(200) : expected, Write.NONE));
            }
            probes.add(new Probe("headers", label + " anonymous", "GET", "/actuator/health", null, null, null, null,
                    headers, validity, expected == null ? Set.of(200) : expected, Write.NONE));
        }
        return probes;
    }

    /** A page as a browser reads it: 200 HTML. */
    private String page(String path, String user, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s", path, headers).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
