package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;

/** A mediator's last decision on the case: a settlement, a ruling, a question or an escalation. */
public record MediatorRuling(MediationDecision decision, Remedy remedy, BigDecimal amount, String reasoning,
                             String by, Instant at) {
}
