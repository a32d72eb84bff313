package org.disputedesk.park;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A livestream host's profile in a park (主播): the park's shops it sells for and the livestream rooms
 * it broadcasts from. A complaint that points at one of its rooms names the profile, whose hosts
 * (accounts of role STREAMER) then see the case. A room belongs to one profile at most.
 */
public record StreamerProfile(
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String id,
        @Schema(description = "The host's or the channel's name, as viewers know it.", example = "Humen Lace Live")
        @NotBlank @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String name,
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String parkId,
        @Schema(description = "Shops of the park the host sells for.", example = "[\"shop-hm-001\"]")
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String> shopIds,
        @Schema(description = "The livestream rooms (or channels) the host broadcasts from, as complaints name them "
                + "in `livestream.room`.", example = "[\"hm-live-88\"]")
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 128, message = Rules.LENGTH_RULE)
                @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String> rooms) {

    public StreamerProfile {
        shopIds = shopIds == null ? null : List.copyOf(shopIds);
        rooms = rooms == null ? null : List.copyOf(rooms);
    }

    /** The same profile, each shop and room once, in order, a room without surrounding blanks. */
    StreamerProfile normalized() {
        return new StreamerProfile(id, name.strip(), parkId, shopIds.stream().distinct().sorted().toList(),
                rooms.stream().map(String::strip).distinct().sorted().toList());
    }
}
