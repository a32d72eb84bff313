package org.disputedesk.park;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A shop of a park, and where it sells: the platform (Taobao, Douyin, …) and its id there, when
 * the park knows them. The same rules hold for a shop created alone and for a row of an import.
 */
public record Shop(
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String id,
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String parkId,
        @NotBlank @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String name,
        @Size(max = 40, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String platform,
        @Size(max = 128, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String platformShopId) {

    /** A shop known by its name only, as the demo's and the tests' shops are. */
    public Shop(String id, String parkId, String name) {
        this(id, parkId, name, null, null);
    }

    /** The same shop, blank platform fields as none. */
    Shop normalized() {
        return new Shop(id, parkId, name, Rules.blankToNull(platform), Rules.blankToNull(platformShopId));
    }
}
