package org.disputedesk.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.complaint.CaseEvent;
import org.disputedesk.complaint.CaseEvent.CaseClosed;
import org.disputedesk.complaint.CaseEvent.CaseFiled;
import org.disputedesk.complaint.CaseEvent.DeadlinePassed;
import org.disputedesk.complaint.CaseEvent.RulingIssued;
import org.disputedesk.complaint.CaseEvent.StageReached;
import org.disputedesk.complaint.Stage;
import org.disputedesk.inquiry.InquiryOpened;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A case's event, or an inquiry's opening, as its park's subscribers receive it: the {@code webhook-id}
 * (the same for every subscriber and every attempt) and the body {@code {type, timestamp, data}}. A
 * case's {@code data} names the case, its park and shop, and the stage the event is about: the stage a
 * filing opens, the one reached, the one whose deadline passed, the one a ruling was given in, or
 * {@code CLOSED}; an inquiry's names the inquiry, the park, the shop and the cases it took up.
 */
record Message(String id, WebhookEvent event, String complaintId, String parkId, String body) {

    static Message of(CaseEvent event, ObjectMapper json) {
        CaseEvent.CaseRef ref = event.ref();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("complaintId", ref.complaintId());
        data.put("parkId", ref.parkId());
        data.put("shopId", ref.shopId());
        WebhookEvent type;
        if (event instanceof CaseFiled) {
            type = WebhookEvent.COMPLAINT_FILED;
            data.put("stage", Stage.SHOP_RESPONSE);
        } else if (event instanceof StageReached reached) {
            type = WebhookEvent.COMPLAINT_STAGE_CHANGED;
            data.put("stage", reached.stage());
            if (reached.dueAt() != null) {
                data.put("dueAt", reached.dueAt());
            }
        } else if (event instanceof DeadlinePassed missed) {
            type = WebhookEvent.COMPLAINT_DEADLINE_MISSED;
            data.put("stage", missed.stage());
        } else if (event instanceof RulingIssued ruling) {
            type = WebhookEvent.RULING_ISSUED;
            data.put("stage", ruling.by() == CaseEvent.Ruler.COMMITTEE ? Stage.COMMITTEE_REVIEW : Stage.MEDIATION);
            data.put("by", ruling.by());
        } else {
            type = WebhookEvent.COMPLAINT_CLOSED;
            data.put("stage", Stage.CLOSED);
            data.put("outcome", ((CaseClosed) event).outcome());
        }
        return new Message(newId(), type, ref.complaintId(), ref.parkId(), body(json, type, event.at(), data));
    }

    /** An inquiry's opening, for the park's subscribers: the shop, the inquiry and the cases it took up. */
    static Message of(InquiryOpened opened, ObjectMapper json) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inquiryId", opened.inquiryId());
        data.put("parkId", opened.parkId());
        data.put("shopId", opened.shopId());
        data.put("complaintIds", opened.findings());
        return new Message(newId(), WebhookEvent.INQUIRY_OPENED, null, opened.parkId(),
                body(json, WebhookEvent.INQUIRY_OPENED, opened.at(), data));
    }

    /** The {@code webhook-id}: one per message, kept by every retry and every subscriber's delivery. */
    private static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String body(ObjectMapper json, WebhookEvent type, Instant at, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.type());
        body.put("timestamp", at);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook event could not be written as JSON", e);
        }
    }
}
