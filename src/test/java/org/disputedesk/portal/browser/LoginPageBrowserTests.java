package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The smoke test of the browser support: a real Chromium signs in through the login form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LoginPageBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aDemoBuyerSignsInThroughTheLoginForm() {
        browser.open("/login").waitFor(By.name("username"));
        browser.screenshot("login");

        browser.signIn("buyer1", "demo");

        // Where a user lands is the portal's choice; here only that the form let buyer1 in.
        URI landed = browser.url();
        assertThat(landed.getPath()).isNotEqualTo("/login");
        assertThat(Objects.toString(landed.getQuery(), "")).doesNotContain("error");
    }
}
