package org.disputedesk.complaint;

import java.time.Instant;

/**
 * The formulas of a case's hash chain, as docs/trust.md gives them to anyone who checks a case. Every
 * value is joined with the unit separator (U+001F) and hashed as UTF-8; an absent value is empty.
 * <ul>
 *   <li>Version 2, every entry written since content digests exist: {@code content_digest =
 *       SHA-256(actor ␟ detail ␟ facts)}, {@code hash = SHA-256(previous hash ␟ complaint id ␟ seq ␟ at ␟
 *       role ␟ action ␟ stage ␟ content_digest)}. The person and their words are content, so they can be
 *       erased while the chain still holds.</li>
 *   <li>Version 1, the entries written before: {@code hash = SHA-256(previous hash ␟ complaint id ␟ seq ␟ at ␟
 *       actor ␟ role ␟ action ␟ stage ␟ detail)}.</li>
 * </ul>
 * The first entry's previous hash is 64 zeros; {@code at} is written as ISO-8601 UTC, as the API does.
 */
final class TimelineChain {

    static final String GENESIS = "0".repeat(64);
    /** The formula every new entry is written with. */
    static final int VERSION = 2;
    private static final String SEPARATOR = "\u001f";

    static String contentDigest(String actor, String detail, String facts) {
        return digest(actor, detail, facts);
    }

    static String hash(String previous, String complaintId, int seq, Instant at, String role, String action,
                       String stage, String contentDigest) {
        return digest(previous, complaintId, Integer.toString(seq), at.toString(), role, action, stage, contentDigest);
    }

    static String hashOfVersion1(String previous, String complaintId, int seq, Instant at, String actor, String role,
                                 String action, String stage, String detail) {
        return digest(previous, complaintId, Integer.toString(seq), at.toString(), actor, role, action, stage, detail);
    }

    private static String digest(String... values) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            joined.append(i == 0 ? "" : SEPARATOR).append(values[i] == null ? "" : values[i]);
        }
        return Sha256.hex(joined.toString());
    }

    private TimelineChain() {
    }
}
