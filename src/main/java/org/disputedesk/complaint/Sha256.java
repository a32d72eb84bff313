package org.disputedesk.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: evidence hashes, timeline chain, idempotency digests. */
public final class Sha256 {

    public static String hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hex(String content) {
        return hex(content.getBytes(StandardCharsets.UTF_8));
    }

    private Sha256() {
    }
}
