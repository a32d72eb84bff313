package org.disputedesk.security;

import static io.restassured.RestAssured.given;
import static java.net.URLEncoder.encode;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID provider for the single sign-on tests, "Park ID": mock-oauth2-server on a free port,
 * with its interactive sign-in page, where a person types their subject and the claims the provider
 * vouches for. One per test JVM, started by the first test context that registers it:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void provider(DynamicPropertyRegistry registry) {
 *     ParkIdentityProvider.register(registry);
 * }
 * }</pre>
 */
public final class ParkIdentityProvider {

    public static final String REGISTRATION = "park-id";
    public static final String NAME = "Park ID";
    /** Where a sign-in with the provider starts. */
    public static final String START = "/oauth2/authorization/" + REGISTRATION;

    /** A sign-in without a browser: the session cookie it left, and where the portal sent it. */
    public record SignOn(String session, String landedAt) {
    }

    private static MockOAuth2Server server;

    private ParkIdentityProvider() {
    }

    /** Registers the provider as {@code spring.security.oauth2.client.registration.park-id}. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true));
            server.start();
        }
        String registration = "spring.security.oauth2.client.registration." + REGISTRATION;
        registry.add(registration + ".client-id", () -> "dispute-desk");
        registry.add(registration + ".client-secret", () -> "dispute-desk-secret");
        registry.add(registration + ".client-name", () -> NAME);
        registry.add(registration + ".scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri",
                ParkIdentityProvider::issuer);
    }

    public static String issuer() {
        return server.issuerUrl("park").toString();
    }

    /**
     * Signs in with the provider as a browser would, following each redirect by hand: the portal sends
     * the person to the provider, they sign in there as {@code subject} with {@code claims}, and the
     * provider sends them back with a code.
     */
    public static SignOn signOn(int port, String subject, Map<String, Object> claims) {
        Response start = given().port(port).redirects().follow(false).accept("text/html").get(START);
        String session = start.cookie("JSESSIONID");
        // the addresses come encoded already; the form is encoded here, as the provider's page would send it
        String callback = given().urlEncodingEnabled(false).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body("username=" + encode(subject, UTF_8) + "&claims=" + encode(json(claims), UTF_8))
                .post(start.header("Location")).then().statusCode(302).extract().header("Location");
        Response back = given().urlEncodingEnabled(false).redirects().follow(false).cookie("JSESSIONID", session)
                .accept("text/html").get(callback);
        String signedIn = back.cookie("JSESSIONID");
        return new SignOn(signedIn == null ? session : signedIn,
                back.then().statusCode(302).extract().header("Location"));
    }

    /** The claims a provider vouches for a person's email with. */
    public static Map<String, Object> verified(String email) {
        return Map.of("email", email, "email_verified", true);
    }

    private static String json(Map<String, Object> claims) {
        try {
            return new ObjectMapper().writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
