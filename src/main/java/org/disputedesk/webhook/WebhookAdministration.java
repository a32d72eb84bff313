package org.disputedesk.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.park.Parks;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.InvalidFields;
import org.disputedesk.web.RuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A park's webhooks, administered by its park administrators and by administrators: subscribed,
 * listed, deleted, and their messages read and sent again. Another park's webhook does not exist
 * for a park administrator (404); a role that administers no park is refused (403). A creation or
 * deletion and its audit entry commit together.
 */
@Service
public class WebhookAdministration {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Parks parks;
    private final Targets targets;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    WebhookAdministration(Subscriptions subscriptions, Deliveries deliveries, Parks parks, Targets targets,
                          AuditLog audit, TransactionTemplate transaction) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.parks = parks;
        this.targets = targets;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Subscribes the park's systems at {@code url} to {@code events}; answers the secret that signs
     * their messages, this once. The host is resolved outside the transaction: a slow name server
     * holds no database connection.
     */
    public CreatedWebhook create(DeskUser caller, NewWebhook request) {
        URI url = url(request.url());
        requireAdministrator(caller);
        if (!administers(caller, request.parkId()) || !parks.exists(request.parkId())) {
            throw new CaseNotFound("Park " + request.parkId());
        }
        Set<String> events = new LinkedHashSet<>(request.events());
        List<String> unknown = events.stream().filter(e -> WebhookEvent.ofType(e).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolated("problem.webhook.unknownEvents", "Not events a webhook can subscribe to: "
                    + String.join(", ", unknown) + ". The events are " + String.join(", ", WebhookEvent.types())
                    + ".", String.join(", ", unknown), String.join(", ", WebhookEvent.types()));
        }
        targets.requirePermitted(url);
        Webhook webhook = new Webhook(UUID.randomUUID().toString(), url.toString(), List.copyOf(events),
                request.parkId());
        String secret = Signatures.newSecret();
        transaction.executeWithoutResult(status -> {
            subscriptions.add(webhook, secret, caller.username(), Instant.now());
            audit.record(caller.username(), AuditAction.WEBHOOK_CREATED, target(webhook.id()), webhook.parkId(),
                    AuditDetail.of(AuditDetail.phrase(AuditPhrase.WEBHOOK).with("url", webhook.url())
                            .with("events", String.join(", ", webhook.events()))));
        });
        return new CreatedWebhook(webhook.id(), webhook.url(), webhook.events(), webhook.parkId(), secret);
    }

    /** The webhooks of {@code parkId}, or of every park the caller administers, oldest first. */
    @Transactional(readOnly = true)
    public List<Webhook> list(DeskUser caller, String parkId, int page, int size) {
        requireAdministrator(caller);
        if (parkId != null && !administers(caller, parkId)) {
            throw new CaseNotFound("Park " + parkId);
        }
        if (caller.is(Role.PARK_ADMIN) && caller.parkId() == null) {
            return List.of(); // bound to no park, they administer none
        }
        return subscriptions.page(caller.is(Role.ADMIN) ? parkId : caller.parkId(), page, size);
    }

    /** The webhook, if the caller administers its park; else 404 (403 for a role that administers none). */
    @Transactional(readOnly = true)
    public Webhook get(DeskUser caller, String id) {
        requireAdministrator(caller);
        return subscriptions.find(id).filter(webhook -> administers(caller, webhook.parkId()))
                .orElseThrow(() -> new CaseNotFound("Webhook " + id));
    }

    /** Ends the subscription; its messages, sent or not, go with it. */
    @Transactional
    public void delete(DeskUser caller, String id) {
        Webhook webhook = get(caller, id);
        if (subscriptions.delete(id)) {
            audit.record(caller.username(), AuditAction.WEBHOOK_DELETED, target(id), webhook.parkId(),
                    AuditDetail.of(AuditDetail.phrase(AuditPhrase.WEBHOOK).with("url", webhook.url())
                            .with("events", String.join(", ", webhook.events()))));
        }
    }

    /** The webhook's messages and how their delivery goes, newest first. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(DeskUser caller, String id, int page, int size) {
        return deliveries.log(get(caller, id).id(), page, size);
    }

    /** Sends the message again at once, under the same webhook-id, with a fresh round of retries. */
    @Transactional
    public Delivery replay(DeskUser caller, String id, String messageId) {
        return deliveries.replay(get(caller, id).id(), messageId, EngineClock.now())
                .orElseThrow(() -> new CaseNotFound("Message " + messageId));
    }

    /** An absolute http or https URL with a host, else 400. */
    private static URI url(String text) {
        URI url = parsed(text);
        InvalidFields.check().require(url != null, "url", "validation.webhook.url",
                "must be an absolute http or https URL").throwIfAny();
        return url;
    }

    private static URI parsed(String text) {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void requireAdministrator(DeskUser caller) {
        if (!caller.is(Role.ADMIN) && !caller.is(Role.PARK_ADMIN)) {
            throw new ActionForbidden("Only administrators and park administrators manage webhooks.");
        }
    }

    private static boolean administers(DeskUser caller, String parkId) {
        return caller.is(Role.ADMIN) || parkId.equals(caller.parkId());
    }

    private static String target(String id) {
        return "webhook:" + id;
    }
}
