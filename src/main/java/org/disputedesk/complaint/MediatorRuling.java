package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.disputedesk.complaint.CommitteeFindings.Citation;

/**
 * A mediator's last decision on the case: a settlement, a ruling, a question or an escalation. A
 * ruling may cite the standard clauses it relies on.
 */
public record MediatorRuling(MediationDecision decision, Remedy remedy, BigDecimal amount, List<Citation> citations,
                             String reasoning, String by, Instant at) {

    public MediatorRuling {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
