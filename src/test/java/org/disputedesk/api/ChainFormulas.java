package org.disputedesk.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline's hash chain and the anchors' Merkle tree as docs/trust.md tells an outsider to compute
 * them, written here independently of the production code; and what someone who can write to the
 * database does to hide an edit: rebuild the chain after it.
 */
public final class ChainFormulas {

    public static final String GENESIS = "0".repeat(64);

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values joined with U+001F, an absent one empty, and hashed. */
    public static String joined(String... values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : "\u001f").append(values[i] == null ? "" : values[i]);
        }
        return sha256(text.toString());
    }

    /** Version 2: the hash of an entry over its predecessor's hash, its metadata and its content's digest. */
    public static String hash(String previous, String complaintId, int seq, String at, String role, String action,
                              String stage, String contentDigest) {
        return joined(previous, complaintId, Integer.toString(seq), at, role, action, stage, contentDigest);
    }

    public static String leaf(String complaintId, int seq, String head) {
        return sha256(complaintId + " " + seq + " " + head);
    }

    /** The root a leaf leads to through a proof's path of {side, hash} steps. */
    public static String climb(String leaf, List<Map<String, String>> path) {
        String hash = leaf;
        for (Map<String, String> step : path) {
            hash = sha256("LEFT".equals(step.get("side")) ? step.get("hash") + hash : hash + step.get("hash"));
        }
        return hash;
    }

    /**
     * Replaces entry {@code seq}'s detail and facts, then recomputes its digest and the hashes of every
     * entry from it to the end, each chained on the one before: a chain that holds together again.
     */
    public static void rebuildAfterEditing(JdbcClient jdbc, String complaintId, int seq, String detail, String facts) {
        jdbc.sql("update timeline set detail = ?, facts = ? where complaint_id = ? and seq = ?")
                .params(detail, facts, complaintId, seq).update();
        String previous = jdbc.sql("select coalesce(max(hash), ?) from timeline where complaint_id = ? and seq = ?")
                .params(GENESIS, complaintId, seq - 1).query(String.class).single();
        List<Map<String, Object>> rows = jdbc.sql("""
                select seq, at, actor, role, action, stage, detail, facts from timeline
                where complaint_id = ? and seq >= ? order by seq""").params(complaintId, seq).query().listOfRows();
        for (Map<String, Object> row : rows) {
            int at = ((Number) row.get("seq")).intValue();
            String digest = joined((String) row.get("actor"), (String) row.get("detail"), (String) row.get("facts"));
            String instant = jdbc.sql("select at from timeline where complaint_id = ? and seq = ?")
                    .params(complaintId, at).query(OffsetDateTime.class).single().toInstant().toString();
            String hash = hash(previous, complaintId, at, instant, (String) row.get("role"), (String) row.get("action"),
                    (String) row.get("stage"), digest);
            jdbc.sql("update timeline set content_digest = ?, prev_hash = ?, hash = ? "
                            + "where complaint_id = ? and seq = ?")
                    .params(digest, previous, hash, complaintId, at).update();
            previous = hash;
        }
    }

    private ChainFormulas() {
    }
}
