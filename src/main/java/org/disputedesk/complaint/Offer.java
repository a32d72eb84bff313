package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;

/** The shop's answer; a rejection has no remedy or amount. */
public record Offer(ShopDecision decision, Remedy remedy, BigDecimal amount, String message, Instant at) {
}
