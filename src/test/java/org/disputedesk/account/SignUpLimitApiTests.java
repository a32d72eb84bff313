package org.disputedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.account.SignUpApiTests.signUp;
import static org.disputedesk.account.UserAdministrationApiTests.fresh;
import static org.disputedesk.account.UserAdministrationApiTests.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A client address signs up a few times per window, a taken name counting too, then waits: 429
 * with Retry-After, and nothing written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "disputes.signup.max-per-window=3")
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class SignUpLimitApiTests {

    @Autowired
    Api api;

    @Test
    void anAddressSignsUpThreeTimesAnHourTakenNamesCountingThenWaits() {
        api.anonymous().body(signUp(fresh("a"), fresh("a") + "@example.com")).post("/api/signup").then()
                .statusCode(201);
        refused(api.anonymous().body(signUp("buyer1", fresh("b") + "@example.com")).post("/api/signup").then(), 409);
        api.anonymous().body(signUp(fresh("c"), fresh("c") + "@example.com")).post("/api/signup").then()
                .statusCode(201);

        String refusedName = fresh("d");
        refused(api.anonymous().body(signUp(refusedName, refusedName + "@example.com")).post("/api/signup").then(),
                429).header("Retry-After", Integer::parseInt, greaterThan(3500))
                .body("retryAfterSeconds", greaterThan(3500));
        refused(api.anonymous().body(signUp("buyer1", fresh("e") + "@example.com")).post("/api/signup").then(), 429);
        api.get("admin", "/api/admin/users?q=" + refusedName).statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(SignUpAttempts.client("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignUpAttempts.client("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo("20010db800010002::/64");
        assertThat(SignUpAttempts.client("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
