package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.system.CapturedOutput;

/** What the application logged since a test began: bad input is the client's error, never a stack trace. */
final class LogWatch {

    private final CapturedOutput output;
    private final int from;

    LogWatch(CapturedOutput output) {
        this.output = output;
        from = output.getAll().length();
    }

    void assertNoStackTrace() {
        assertThat(output.getAll().substring(from)).as("the log while these requests were answered")
                .doesNotContain("\tat ")
                .doesNotContainPattern("(?m)^[\\w.$]+(Exception|Error)\\b")
                .doesNotContain(" ERROR ");
    }
}
