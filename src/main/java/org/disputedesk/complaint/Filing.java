package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;

/** What the buyer filed: fixed once filed. */
public record Filing(String id, String buyer, String shopId, String parkId, String orderRef, Category category,
                     String description, BigDecimal orderAmount, BigDecimal claimedAmount,
                     Remedy desiredRemedy, Livestream livestream, Instant createdAt) {
}
