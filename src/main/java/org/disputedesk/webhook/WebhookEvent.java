package org.disputedesk.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The event types a webhook subscribes to, by the names on the wire. */
public enum WebhookEvent {
    COMPLAINT_FILED("complaint.filed"),
    COMPLAINT_STAGE_CHANGED("complaint.stage_changed"),
    COMPLAINT_DEADLINE_MISSED("complaint.deadline_missed"),
    COMPLAINT_CLOSED("complaint.closed"),
    RULING_ISSUED("ruling.issued"),
    /** A standards inquiry opened against a shop: its data names the inquiry and the cases it took up. */
    INQUIRY_OPENED("inquiry.opened");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The name on the wire: the payload's {@code type}. */
    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }

    public static List<String> types() {
        return Arrays.stream(values()).map(WebhookEvent::type).toList();
    }
}
