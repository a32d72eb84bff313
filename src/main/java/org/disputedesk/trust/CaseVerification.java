package org.disputedesk.trust;

import java.time.Instant;
import java.util.Optional;

import org.disputedesk.complaint.CaseAccess;
import org.disputedesk.complaint.TimelineVerification;
import org.disputedesk.complaint.TimelineVerification.ChainCheck;
import org.disputedesk.security.DeskUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whether a case's timeline is as it was written: its chain recomputed from the stored entries, and its
 * entry at the last anchored head leading to the published root. A chain rebuilt inside the database,
 * every hash recomputed after an edit, holds together, but no longer leads to the root published before.
 */
@Service
public class CaseVerification {

    /** The answer of {@code GET /api/complaints/{id}/timeline/verification}. */
    public record Verification(
            @Schema(description = "Whether the chain holds and its anchored entry leads to the published root.")
            boolean valid,
            @Schema(description = "How many entries the case's timeline holds.") int entries,
            @Schema(description = "The hash of the last entry.") String head,
            @Schema(description = "The seq of the first entry whose hash or link fails, that is missing, or whose "
                    + "hash is not the one anchored; absent when valid.") Integer firstBrokenAt,
            @Schema(description = "Entries whose content was erased with the case's personal data: the chain "
                    + "covers their digest, not their content.") int erasedEntries,
            @Schema(description = "The latest anchor covering the case; absent before the first.") Anchored anchor) {
    }

    /** The latest anchor of a case: which head it published, and whether the stored entry still leads to its root. */
    public record Anchored(long id, Instant at, String root, int seq, String head, boolean matches) {
    }

    private final CaseAccess access;
    private final TimelineVerification chain;
    private final Anchors anchors;

    CaseVerification(CaseAccess access, TimelineVerification chain, Anchors anchors) {
        this.access = access;
        this.chain = chain;
        this.anchors = anchors;
    }

    @Transactional(readOnly = true)
    public Verification verify(DeskUser user, String complaintId) {
        access.visible(user, complaintId);
        ChainCheck check = chain.check(complaintId);
        Anchored anchored = anchors.latestOf(complaintId).map(head -> anchored(complaintId, head, check)).orElse(null);
        Integer broken = check.firstBrokenAt();
        if (broken == null && anchored != null && !anchored.matches()) {
            // the anchored entry is missing (the chain ends before it), or is not the one published
            broken = check.hashAt(anchored.seq()).isPresent() ? anchored.seq() : check.entries() + 1;
        }
        return new Verification(broken == null, check.entries(), check.head(), broken, check.erasedEntries(),
                anchored);
    }

    private Anchored anchored(String complaintId, Anchors.AnchoredHead head, ChainCheck check) {
        Anchor anchor = anchors.find(head.anchorId()).orElseThrow();
        Optional<String> stored = check.hashAt(head.seq());
        boolean matches = stored.map(hash -> MerkleTree.climb(MerkleTree.leaf(complaintId, head.seq(), hash),
                MerkleTree.path(anchors.leaves(anchor.id()), head.position())).equals(anchor.root())).orElse(false);
        return new Anchored(anchor.id(), anchor.at(), anchor.root(), head.seq(), head.head(), matches);
    }
}
