package org.disputedesk.trust;

import java.util.List;

import org.disputedesk.complaint.CaseAccess;
import org.disputedesk.security.DeskUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a party needs to check their case against a published root without trusting the server: the
 * head the latest anchor covered, its leaf, and the siblings from that leaf up to the root.
 */
@Service
public class InclusionProofs {

    /** The answer of {@code GET /api/complaints/{id}/timeline/proof}; all but the id absent before the first anchor. */
    public record Proof(
            String complaintId,
            @Schema(description = "The latest anchor covering the case.") Anchor anchor,
            @Schema(description = "The seq of the entry whose hash the anchor covered.") Integer seq,
            @Schema(description = "That entry's hash, as anchored.") String head,
            @Schema(description = "SHA-256 of \"<complaintId> <seq> <head>\".") String leaf,
            @Schema(description = "The siblings from the leaf up to the root, the nearest first: hash a LEFT "
                    + "sibling before the running hash, a RIGHT one after it.") List<PathStep> path) {
    }

    private final CaseAccess access;
    private final Anchors anchors;

    InclusionProofs(CaseAccess access, Anchors anchors) {
        this.access = access;
        this.anchors = anchors;
    }

    @Transactional(readOnly = true)
    public Proof of(DeskUser user, String complaintId) {
        access.visible(user, complaintId);
        return anchors.latestOf(complaintId).map(head -> {
            Anchor anchor = anchors.find(head.anchorId()).orElseThrow();
            return new Proof(complaintId, anchor, head.seq(), head.head(),
                    MerkleTree.leaf(complaintId, head.seq(), head.head()),
                    MerkleTree.path(anchors.leaves(anchor.id()), head.position()));
        }).orElse(new Proof(complaintId, null, null, null, null, List.of()));
    }
}
