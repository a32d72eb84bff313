package org.disputedesk.trust;

import java.util.List;
import java.util.Optional;

import org.disputedesk.complaint.EngineClock;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.RuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes anchors: the heads of the case timelines that changed since the last anchor, as one Merkle
 * root ({@link MerkleTree}) in the append-only anchors table, read by anyone at {@code GET /api/anchors}.
 * Anchorings run one at a time across the nodes, so each entry is covered by the first anchor after it.
 */
@Service
public class Anchoring {

    private final Anchors anchors;

    Anchoring(Anchors anchors) {
        this.anchors = anchors;
    }

    /** An anchor an administrator asks for, now: 422 when no timeline changed since the last one. */
    @Transactional
    public Anchor onDemand(DeskUser caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new ActionForbidden("Only an administrator publishes an anchor on demand.");
        }
        return publish(null).orElseThrow(() -> new RuleViolated("problem.anchor.nothingChanged",
                "No case's timeline changed since the last anchor: there is nothing to anchor."));
    }

    /**
     * The anchor of {@code period} (a day), unless one is published for it already, by this node or another,
     * or no timeline changed since the last anchor.
     */
    @Transactional
    public Optional<Anchor> forPeriod(String period) {
        return publish(period);
    }

    private Optional<Anchor> publish(String period) {
        anchors.takeTurn();
        if (period != null && anchors.published(period)) {
            return Optional.empty();
        }
        List<Anchors.Head> heads = anchors.changed();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        List<String> leaves = heads.stream().map(h -> MerkleTree.leaf(h.complaintId(), h.seq(), h.head())).toList();
        return Optional.of(anchors.insert(period, EngineClock.now(), MerkleTree.root(leaves), heads));
    }

    @Transactional(readOnly = true)
    public List<Anchor> page(int page, int size) {
        return anchors.page(page, size);
    }

    @Transactional(readOnly = true)
    public Anchor get(long id) {
        return anchors.find(id).orElseThrow(() -> new CaseNotFound("Anchor " + id));
    }
}
