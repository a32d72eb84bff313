package org.disputedesk.park;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A park: its id, its name, and its Chinese name if it has one. */
public record Park(
        @NotNull @Pattern(regexp = Rules.ID, message = Rules.ID_RULE) String id,
        @NotBlank @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String name,
        @Size(max = 200, message = Rules.LENGTH_RULE)
        @Pattern(regexp = Rules.ONE_LINE, message = Rules.ONE_LINE_RULE) String nameZh) {

    /** The park's name for a reader of {@code locale}: the Chinese name for a Chinese reader, when it has one. */
    public String nameIn(Locale locale) {
        return Names.in(locale, name, nameZh);
    }

    /** The same park, a blank Chinese name as none. */
    Park normalized() {
        return new Park(id, name, Rules.blankToNull(nameZh));
    }
}
