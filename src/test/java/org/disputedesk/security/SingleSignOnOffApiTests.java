package org.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.RestAssured;

/** Without a registration of an OpenID provider the portal signs in by password alone, as it always did. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class SingleSignOnOffApiTests {

    @Autowired
    Api api;
    @Autowired
    ApplicationContext context;

    @Test
    void noProviderIsConfiguredSoThereIsNoSignOnToStartOrToReturnTo() {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();

        for (String path : new String[] {"/oauth2/authorization/google", "/login/oauth2/code/google?code=x&state=y"}) {
            // a stranger is asked to sign in, as on any page, and is sent to no provider
            RestAssured.given().port(api.port()).redirects().follow(false).accept("text/html").get(path).then()
                    .statusCode(302).header("Location", equalTo("http://localhost:" + api.port() + "/login"));
            api.inSession(api.signIn("buyer1")).accept("text/html").get(path).then().statusCode(404);
        }
    }

    @Test
    void theSignInPageOffersThePasswordFormAlone() {
        RestAssured.given().port(api.port()).header("Accept-Language", "en").get("/login").then().statusCode(200)
                .body(containsString("id=\"sign-in\"")).body(not(containsString("oauth2")))
                .body(not(containsString("Sign in with")));
        RestAssured.given().port(api.port()).get("/login?sso=email-taken").then().statusCode(200)
                .body(containsString("sso-refused"));
    }
}
