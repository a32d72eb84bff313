package org.disputedesk.webhook;

import org.disputedesk.complaint.CaseEvent;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.inquiry.InquiryOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Queues each event of a case, and each inquiry opened, for its park's subscribers. A plain
 * listener, deliberately: it runs inside the step's transaction, so the messages commit with the
 * step or not at all, and a node killed right after the step answered has them in the database
 * already.
 */
@Component
class CaseEventWebhooks {

    private final Deliveries deliveries;
    private final ObjectMapper json;

    CaseEventWebhooks(Deliveries deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    @EventListener
    void queue(CaseEvent event) {
        deliveries.queue(Message.of(event, json), EngineClock.now());
    }

    @EventListener
    void queue(InquiryOpened opened) {
        deliveries.queue(Message.of(opened, json), EngineClock.now());
    }
}
