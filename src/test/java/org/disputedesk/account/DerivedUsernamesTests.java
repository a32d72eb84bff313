package org.disputedesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An account opened by single sign-on is named after the email's local part, as a username may be. */
class DerivedUsernamesTests {

    @Test
    void theLocalPartKeepsWhatAUsernameMayHold() {
        assertThat(DerivedUsernames.base("li.na_2026-hm@example.com")).isEqualTo("li.na_2026-hm");
        assertThat(DerivedUsernames.base("li.na+shop@example.com")).isEqualTo("li.nashop");
        assertThat(DerivedUsernames.base("\"odd@name\"@example.com")).isEqualTo("oddname");
    }

    @Test
    void aLocalPartTooShortOrOfOtherLettersStillMakesAValidUsername() {
        assertThat(DerivedUsernames.base("li@example.com")).isEqualTo("buyer-li");
        assertThat(DerivedUsernames.base("李娜@example.com")).isEqualTo("buyer");
        assertThat(DerivedUsernames.base("a".repeat(64) + "@example.com")).hasSize(56).matches(Rules.USERNAME);
    }
}
