package org.disputedesk.complaint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a case's chain from its stored entries: each entry must follow the one before (no seq
 * missing), name its hash as its previous hash, and hash to what it stores by its formula
 * ({@link TimelineChain}); an entry that still holds its content must match its digest. An entry whose
 * content was erased is accepted only on a case whose personal data was erased: the chain still covers
 * its digest (version 2), or, written before digests (version 1), it is held by its place in the chain alone.
 */
@Service
public class TimelineVerification {

    /**
     * What the stored chain says: {@code head} is the last entry's hash, {@code firstBrokenAt} the seq of
     * the first entry whose hash or link fails or that is missing (null when intact), {@code hashes}
     * each stored entry's hash by seq.
     */
    public record ChainCheck(boolean intact, int entries, String head, Integer firstBrokenAt, int erasedEntries,
                             Map<Integer, String> hashes) {

        public Optional<String> hashAt(int seq) {
            return Optional.ofNullable(hashes.get(seq));
        }
    }

    private final Timeline timeline;
    private final JdbcClient jdbc;

    TimelineVerification(Timeline timeline, JdbcClient jdbc) {
        this.timeline = timeline;
        this.jdbc = jdbc;
    }

    /** The case's chain as stored now; the caller has made sure the case may be seen. */
    @Transactional(readOnly = true)
    public ChainCheck check(String complaintId) {
        boolean caseErased = jdbc.sql("select count(*) from complaints where id = ? and erased_at is not null")
                .param(complaintId).query(Integer.class).single() > 0;
        List<Timeline.Row> rows = timeline.rows(complaintId);
        Map<Integer, String> hashes = new HashMap<>();
        String previous = TimelineChain.GENESIS;
        Integer broken = null;
        int erased = 0;
        for (Timeline.Row row : rows) {
            Timeline.Entry e = row.entry();
            hashes.put(e.seq(), e.hash());
            int expected = hashes.size();
            if (broken == null && e.seq() != expected) {
                broken = expected; // an entry before this one is missing
            } else if (broken == null && !(row.prevHash().equals(previous) && holds(complaintId, row, caseErased))) {
                broken = e.seq();
            }
            erased += e.erased() ? 1 : 0;
            previous = e.hash();
        }
        return new ChainCheck(broken == null, rows.size(), rows.isEmpty() ? null : previous, broken, erased,
                Map.copyOf(hashes));
    }

    /** Whether the entry hashes to what it stores, and its content to its digest unless erased with its case. */
    private static boolean holds(String complaintId, Timeline.Row row, boolean caseErased) {
        Timeline.Entry e = row.entry();
        if (e.erased() && !caseErased) {
            return false;
        }
        if (e.chainVersion() == 1) {
            return e.erased() || e.hash().equals(TimelineChain.hashOfVersion1(row.prevHash(), complaintId, e.seq(),
                    e.at(), e.actor(), e.role(), e.action().name(), e.stage().name(), e.detail()));
        }
        return e.contentDigest() != null
                && e.hash().equals(TimelineChain.hash(row.prevHash(), complaintId, e.seq(), e.at(), e.role(),
                        e.action().name(), e.stage().name(), e.contentDigest()))
                && (e.erased() || e.contentDigest().equals(TimelineChain.contentDigest(e.actor(), e.detail(),
                        row.facts())));
    }
}
