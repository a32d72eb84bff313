package org.disputedesk.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.disputedesk.complaint.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node's sender: every {@code disputes.webhooks.poll-interval} it takes the messages that are
 * due and no node holds, sends them, and records each outcome, until none is left due. It runs
 * apart from every step, so a receiver that is down or slow never delays one. Due times are on the
 * engine's clock, as deadlines are.
 */
@Component
class DeliveryPoller {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);
    /**
     * Longer than a batch can take (four rounds of the senders, each at most 10 s to connect and 10 s
     * to answer): a node that dies mid-batch holds its messages no longer than this.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final int batch;

    DeliveryPoller(Deliveries deliveries, WebhookSender sender, WebhookSettings settings) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.settings = settings;
        this.batch = 4 * settings.senders();
    }

    @Scheduled(fixedDelayString = "${disputes.webhooks.poll-interval:PT2S}",
            initialDelayString = "${disputes.webhooks.poll-interval:PT2S}")
    void poll() {
        while (sendDue() == batch) {
            // a full batch: there may be more due at once
        }
    }

    /** Sends one batch of due messages; answers how many were due when it looked. */
    int sendDue() {
        Instant now = EngineClock.now();
        Deliveries.Claim claim = deliveries.claim(now, now.plus(LEASE), batch);
        if (claim.claimed().isEmpty()) {
            return claim.due();
        }
        List<Integer> statuses = sender.sendAll(claim.claimed());
        Instant done = EngineClock.now();
        List<Deliveries.Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            attempts.add(outcome(claim.claimed().get(i), statuses.get(i), done));
        }
        deliveries.record(claim.token(), attempts);
        return claim.due();
    }

    private Deliveries.Attempt outcome(Deliveries.Due message, Integer status, Instant at) {
        if (status != null && status >= 200 && status < 300) {
            return new Deliveries.Attempt(message, status, at, null);
        }
        Duration wait = settings.retryAfter(message.attempts() + 1 - message.scheduleStart());
        if (wait == null) {
            log.warn("Webhook message {} to subscription {} given up after {} attempts; the last answer: {}",
                    message.messageId(), message.subscriptionId(), message.attempts() + 1,
                    status == null ? "none" : status);
        }
        return new Deliveries.Attempt(message, status, null, wait == null ? null : at.plus(wait));
    }
}
