package org.disputedesk.webhook;

import java.time.Instant;

/**
 * A message to one subscriber and how its delivery goes: the attempts so far and the last answer's
 * status (null: none, or no answer in time); delivered, due again at {@code nextAttemptAt}, or,
 * with neither, given up after the last retry.
 */
public record Delivery(String messageId, String event, String complaintId, int attempts, Integer lastStatus,
                       Instant deliveredAt, Instant nextAttemptAt) {
}
