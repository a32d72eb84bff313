package org.disputedesk.trust;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A published root: the heads of every case timeline changed since the anchor before, combined into one. */
public record Anchor(
        long id,
        @Schema(description = "The day (in the installation's time zone) a daily anchor is for; null for one an "
                + "administrator published on demand.", example = "2026-05-01")
        String period,
        @Schema(description = "When it was published.") Instant at,
        @Schema(description = "The Merkle root of the cases' heads, SHA-256 in lower-case hexadecimal "
                + "(docs/trust.md says how to recompute it).") String root,
        @Schema(description = "How many cases' heads it covers.") int cases,
        @Schema(description = "The earliest of the entries it covers that no anchor before covered.")
        Instant firstEntryAt,
        @Schema(description = "The latest entry it covers.") Instant lastEntryAt) {
}
