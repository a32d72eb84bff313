package org.disputedesk.complaint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.disputedesk.security.DeskUser;

/**
 * An entry to append to a case's timeline: who did what, at which stage, and the facts it
 * records by name ({@code remedy}, {@code amount}, {@code text}, …). The facts are kept as they
 * are, so that {@link TimelineText} can say the entry in each reader's language.
 */
public record TimelineEntry(Actor actor, TimelineAction action, Stage stage, Map<String, String> facts) {

    /** Who acted: a user with their role, or the process itself. */
    public record Actor(String username, String role) {

        /** What the process does by itself: deadlines, automatic remedies, closures. */
        public static final Actor SYSTEM = new Actor("system", "SYSTEM");

        public static Actor of(DeskUser user) {
            return new Actor(user.username(), user.role().name());
        }
    }

    public TimelineEntry {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static TimelineEntry of(Actor actor, TimelineAction action, Stage stage) {
        return new TimelineEntry(actor, action, stage, Map.of());
    }

    /**
     * This entry with one more fact. An enum is kept by its name and said through the message
     * {@code <name>.<VALUE>}; an absent value is left out.
     */
    public TimelineEntry with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(facts);
        more.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        return new TimelineEntry(actor, action, stage, more);
    }
}
