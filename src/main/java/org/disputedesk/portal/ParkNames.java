package org.disputedesk.portal;

import java.util.Locale;

import org.disputedesk.park.Parks;
import org.springframework.stereotype.Component;

/**
 * A park as the pages name it: by its name in the reader's language, not by its id, which means
 * nothing to a reader ({@code ${@parkNames.of(parkId, #locale)}} in a template).
 */
@Component("parkNames")
public class ParkNames {

    private final Parks parks;

    ParkNames(Parks parks) {
        this.parks = parks;
    }

    /** The park's name for {@code locale}; its id when there is no such park. */
    public String of(String parkId, Locale locale) {
        return parkId == null ? null : parks.find(parkId).map(park -> park.nameIn(locale)).orElse(parkId);
    }
}
