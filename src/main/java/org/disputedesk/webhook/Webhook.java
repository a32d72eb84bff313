package org.disputedesk.webhook;

import java.util.List;

/** A park's subscription: where its events go. The secret that signs them is answered once, at creation. */
public record Webhook(String id, String url, List<String> events, String parkId) {
}
