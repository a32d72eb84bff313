package org.disputedesk.webhook;

import java.util.List;

/** A subscription just created, with the secret that signs its messages: answered this once. */
public record CreatedWebhook(String id, String url, List<String> events, String parkId, String secret) {
}
