package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.disputedesk.web.RuleViolated;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A party's appeal against a mediator's ruling (the second instance), and how it ended. It is filed
 * within the ruling's appeal window and must bring new information: at least one of the evidence
 * files it cites was uploaded by the appellant's side after the ruling (eBay's rule). Another
 * mediator of the park decides it, for good; silence past the review's deadline upholds the ruling.
 * A case is appealed once. {@code decidedBy} is null for a ruling upheld by silence.
 */
public record Appeal(Party party, String by, String grounds, List<Long> evidenceIds, Instant filedAt,
                     AppealDecision decision, Remedy remedy, BigDecimal amount, String reasoning,
                     String decidedBy, Instant decidedAt) {

    public Appeal {
        evidenceIds = List.copyOf(evidenceIds);
    }

    /** The appeal of {@code ruling} by {@code party}, citing {@code evidenceIds} among the case's {@code onTheCase}. */
    static Appeal file(MediatorRuling ruling, Party party, String by, String grounds, List<Long> evidenceIds,
                       List<Evidence.Item> onTheCase, Instant at) {
        List<Long> unknown = evidenceIds.stream()
                .filter(id -> onTheCase.stream().noneMatch(item -> item.id() == id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolated("problem.appeal.unknownEvidence",
                    "An appeal cites evidence files of its own case; this one has none with the ids " + unknown + ".",
                    unknown.toString());
        }
        boolean newInformation = onTheCase.stream().anyMatch(item -> evidenceIds.contains(item.id())
                && item.role().equals(party.name()) && item.at().isAfter(ruling.at()));
        if (!newInformation) {
            throw new RuleViolated("problem.appeal.newInformation", "An appeal needs new information: at least one "
                    + "evidence file it cites must have been uploaded by the " + party.name().toLowerCase()
                    + " after the ruling.", new DefaultMessageSourceResolvable(new String[] {"party." + party},
                    party.name()));
        }
        return new Appeal(party, by, grounds, evidenceIds, at, null, null, null, null, null, null);
    }

    /** Whether {@code decision} on an appeal of {@code ruling} awards terms: an overturned ruling for the shop. */
    public static boolean awards(MediatorRuling ruling, AppealDecision decision) {
        return decision == AppealDecision.OVERTURN && ruling.decision() == MediationDecision.RULE_FOR_SHOP;
    }

    /** The review's decision; terms it awards keep within the order's bounds ({@link Filing#requireWithinBounds}). */
    Appeal decide(Filing filing, MediatorRuling ruling, AppealDecision decided, Terms awarded, String why,
                  String decider, Instant at) {
        boolean awarding = awards(ruling, decided);
        if (awarding) {
            filing.requireWithinBounds(awarded.remedy(), awarded.amount());
        }
        return new Appeal(party, by, grounds, evidenceIds, filedAt, decided, awarding ? awarded.remedy() : null,
                awarding ? awarded.amount() : null, why, decider, at);
    }

    /** Nobody decided the appeal in time: the ruling stands. */
    Appeal unanswered(Instant at) {
        return new Appeal(party, by, grounds, evidenceIds, filedAt, AppealDecision.UPHOLD, null, null, null, null, at);
    }

    /** What the shop must deliver once decided: the ruled terms if upheld, the awarded ones, or nothing. */
    Terms agreed(Terms ruled) {
        if (decision != AppealDecision.OVERTURN) {
            return ruled;
        }
        return remedy == null ? null : new Terms(remedy, amount);
    }

    /** Whether the mediator's last decision on the case is a ruling it may still appeal: a case is appealed once. */
    public static boolean isOpenAgainst(Complaint complaint) {
        MediatorRuling ruling = complaint.ruling();
        return ruling != null && ruling.decision().rules() && complaint.appeal() == null;
    }

    /** Whether the buyer prevails once the case's ruling takes effect, as its appeal (if any) left it. */
    public static boolean buyerPrevails(Complaint complaint) {
        boolean forBuyer = complaint.ruling().decision() == MediationDecision.RULE_FOR_BUYER;
        Appeal appeal = complaint.appeal();
        return appeal != null && appeal.decision() == AppealDecision.OVERTURN ? !forBuyer : forBuyer;
    }
}
