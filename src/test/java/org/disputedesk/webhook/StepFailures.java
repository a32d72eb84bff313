package org.disputedesk.webhook;

import java.util.concurrent.atomic.AtomicBoolean;

import org.disputedesk.complaint.CaseEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * A fault late in a step, once armed: at the step's second event, after its first was queued for the
 * webhooks, as a database that fails mid-step would, so that the step's whole transaction rolls back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StepFailures {

    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicBoolean seenFirst = new AtomicBoolean();

    /** Fails the next step at its second event. */
    public void failTheNextStep() {
        seenFirst.set(false);
        armed.set(true);
    }

    @EventListener
    void fail(CaseEvent event) {
        if (armed.get() && seenFirst.getAndSet(true)) {
            armed.set(false);
            throw new IllegalStateException("A fault of the test, after the step's first event");
        }
    }
}
