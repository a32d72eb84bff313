package org.disputedesk.trust;

import io.swagger.v3.oas.annotations.media.Schema;

/** One step from a leaf up to the root of an anchor: the sibling's hash, and on which side it stands. */
public record PathStep(
        @Schema(description = "LEFT: the next hash is SHA-256(hash + running hash); RIGHT: SHA-256(running hash + "
                + "hash), of the lower-case hexadecimal texts.") Side side,
        String hash) {

    public enum Side { LEFT, RIGHT }
}
