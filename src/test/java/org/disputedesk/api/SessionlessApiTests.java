package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * No request to the API or engine REST from a stranger, or signed by its own header, leaves a
 * session on the server: otherwise anyone could fill its memory with them, one request each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class SessionlessApiTests {

    @Autowired
    Api api;

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "stranger, GET, /api/complaints, 401",
            "stranger, POST, /api/complaints, 401",
            "stranger, POST, /api/complaints/x/withdrawal, 401",
            "stranger, DELETE, /api/complaints/x, 401",
            "stranger, GET, /api/no-such-resource, 401",
            "stranger, GET, /engine-rest/task, 401",
            "stranger, POST, /engine-rest/task, 401",
            "stranger, GET, /engine-rest/no-such-resource, 401",
            "browser, GET, /api/complaints, 401",
            "browser, GET, /engine-rest/task, 401",
            "bearer, GET, /api/complaints, 401",
            "bearer, POST, /engine-rest/task, 401",
            "unknown user, GET, /api/complaints, 401",
            "unknown user, POST, /engine-rest/task, 401",
            "buyer1, GET, /api/complaints, 200",
            "buyer1, GET, /api/no-such-resource, 404",
            "buyer1, POST, /api/complaints/no-such-case/withdrawal, 404",
            "buyer1, PUT, /api/complaints/no-such-case/withdrawal, 405",
            "buyer1, GET, /engine-rest/task, 403",
            "admin, GET, /engine-rest/task, 200",
            "admin, POST, /engine-rest/task, 200",
            "admin, GET, /engine-rest/no-such-resource, 404",
    })
    void noRequestLeavesASessionBehind(String caller, String method, String path, int status) {
        RequestSpecification request = caller(caller).redirects().follow(false);
        Response response = (method.equals("GET") ? request : request.body("{}")).request(method, path);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.headers().getValues("Set-Cookie")).as("cookies set")
                .noneMatch(cookie -> cookie.startsWith(Api.SESSION));
    }

    private RequestSpecification caller(String caller) {
        return switch (caller) {
            case "stranger" -> api.anonymous();
            // a browser's navigation asks for a page: the API still answers 401, not the sign-in page
            case "browser" -> api.anonymous().accept("text/html,application/xhtml+xml,*/*;q=0.8");
            case "bearer" -> api.anonymous().header("Authorization", "Bearer x");
            case "unknown user" -> api.anonymous().auth().preemptive().basic("nobody-at-all", "guess");
            default -> api.as(caller);
        };
    }
}
