package org.disputedesk.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** One party's share of a ruling's liability, in whole percent; {@code name} says who (a maker, a printer). */
public record LiabilityShare(
        @NotNull LiableParty party,
        @Size(max = 200) @Schema(description = "Who the party is, e.g. the manufacturer's name.") String name,
        @NotNull @Min(1) @Max(100) @Schema(description = "Whole percent, 1 to 100.", example = "70") Integer share) {

    /** The share as a timeline fact says it: {@code STREAMER (Host Li) 30%}. */
    String said() {
        return party.name() + (name == null || name.isBlank() ? "" : " (" + name.strip() + ")") + " " + share + "%";
    }
}
