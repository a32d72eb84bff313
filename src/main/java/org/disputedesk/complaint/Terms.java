package org.disputedesk.complaint;

import java.math.BigDecimal;

/** What the shop must deliver, however it came to be agreed. */
public record Terms(Remedy remedy, BigDecimal amount) {
}
