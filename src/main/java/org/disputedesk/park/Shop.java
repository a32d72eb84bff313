package org.disputedesk.park;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A shop of a park, its name and its Chinese name if it has one, and where it sells: the platform
 * (Taobao, Douyin, …) and its id there, when the park knows them. The same rules hold for a shop
 * created alone and for a row of an import.
 */
public record Shop(
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String id,
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String parkId,
        @Schema(description = "The shop's name, as the platform shows it.", example = "Humen Lace Fashion Flagship")
        @NotBlank @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String name,
        @Schema(description = "The shop's Chinese name, if it has one: the portal shows it to Chinese readers.",
                example = "虎门蕾丝服饰旗舰店", nullable = true)
        @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String nameZh,
        @Size(max = 40, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String platform,
        @Size(max = 128, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String platformShopId) {

    /** A shop known by its names only, as the demo's and the tests' shops are. */
    public Shop(String id, String parkId, String name, String nameZh) {
        this(id, parkId, name, nameZh, null, null);
    }

    /** A shop known by its name only. */
    public Shop(String id, String parkId, String name) {
        this(id, parkId, name, null);
    }

    /** The shop's name for a reader of {@code locale}: the Chinese name for a Chinese reader, when it has one. */
    public String nameIn(Locale locale) {
        return Names.in(locale, name, nameZh);
    }

    /** The same shop, a blank Chinese name and blank platform fields as none. */
    Shop normalized() {
        return new Shop(id, parkId, name, Rules.blankToNull(nameZh), Rules.blankToNull(platform),
                Rules.blankToNull(platformShopId));
    }

    /** The same shop with the Chinese name {@code kept}: an import whose file has no such column keeps it. */
    Shop withNameZh(String kept) {
        return new Shop(id, parkId, name, kept, platform, platformShopId);
    }
}
