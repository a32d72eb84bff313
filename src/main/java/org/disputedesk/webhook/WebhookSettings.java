package org.disputedesk.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code disputes.webhooks.*}: whether a webhook may point into a private network; how long to wait
 * before each retry (Standard Webhooks' schedule: the first try at once, then 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h and 10 h, more than 27 h in all; after the last retry the message is given up); and
 * how many messages a node sends at once. How often each node looks for due messages
 * ({@code poll-interval}) is {@link DeliveryPoller}'s schedule.
 */
@ConfigurationProperties("disputes.webhooks")
record WebhookSettings(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue({"PT5S", "PT5M", "PT30M", "PT2H", "PT5H", "PT10H", "PT10H"}) List<Duration> retrySchedule,
        @DefaultValue("8") int senders) {

    /** The wait after the {@code failed}th failed attempt of a round, or null: give up. */
    Duration retryAfter(int failed) {
        return failed <= retrySchedule.size() ? retrySchedule.get(failed - 1) : null;
    }
}
