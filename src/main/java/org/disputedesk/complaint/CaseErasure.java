package org.disputedesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a closed case's personal data (PIPL art. 19 and 47): the buyer's name on the case, the order
 * reference (through which the platform knows the buyer's name, address and telephone), the description,
 * every party's words (the shop's answer, the mediator's and the committee's reasoning, the questions,
 * the proof of fulfilment, the rating's comment, the messages), the evidence files with their names and
 * notes, and the content of the timeline's entries with the buyer as their actor. What is left says what
 * happened without saying to whom: stages, amounts, remedies, decisions, findings, the outcome, and every
 * entry's place in the chain, whose hashes cover the erased content's digests and so still verify.
 * An open case is never erased: its parties still need its file.
 */
@Service
public class CaseErasure {

    /** Why a case's personal data goes: its retention period passed, or its buyer asked. */
    public enum Reason { RETENTION, REQUEST }

    /** A buyer's cases whose personal data is still there: the closed ones, and how many are open. */
    public record BuyersCases(List<String> closed, int open) {
    }

    private final JdbcClient jdbc;
    private final Complaints complaints;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;

    CaseErasure(JdbcClient jdbc, Complaints complaints, Timeline timeline, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.timeline = timeline;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public BuyersCases of(String buyer) {
        List<String[]> cases = jdbc.sql("select id, stage from complaints where buyer = ? and erased_at is null "
                        + "order by created_at, id")
                .param(buyer).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        return new BuyersCases(cases.stream().filter(c -> Stage.CLOSED.name().equals(c[1])).map(c -> c[0]).toList(),
                (int) cases.stream().filter(c -> !Stage.CLOSED.name().equals(c[1])).count());
    }

    /** Closed cases not erased yet that closed before {@code closedBefore}, the oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<String> closedBefore(Instant closedBefore, int limit) {
        return jdbc.sql("""
                select id from complaints where closed_at < ? and erased_at is null and stage = 'CLOSED'
                order by closed_at, id limit ?""")
                .params(Rows.utc(closedBefore), limit).query(String.class).list();
    }

    /**
     * Erases the case's personal data and records that in its timeline, by {@code by}, under the case's
     * lock, and publishes {@link PersonalDataErased}; nothing when the case is open, or erased already (by
     * another node's retention run, say).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PersonalDataErased> erase(String complaintId, TimelineEntry.Actor by, Reason reason) {
        Complaint complaint = complaints.lock(complaintId).orElse(null);
        if (complaint == null || complaint.isOpen() || complaint.filing().erasedAt() != null) {
            return Optional.empty();
        }
        String buyer = complaint.buyer();
        Instant at = EngineClock.now();
        jdbc.sql("""
                update complaints set buyer = null, order_ref = '', description = '', offer_message = null,
                  ruling_reasoning = null, information_question = null, fulfilment_proof = null,
                  idempotency_key = null, request_digest = null, erased_at = ?
                where id = ?""").params(Rows.utc(at), complaintId).update();
        jdbc.sql("update messages set text = '', author = nullif(author, ?) where complaint_id = ?")
                .params(buyer, complaintId).update();
        jdbc.sql("""
                update evidence set content = ?, file_name = '', note = null, uploaded_by = nullif(uploaded_by, ?)
                where complaint_id = ?""").params(new byte[0], buyer, complaintId).update();
        jdbc.sql("update committee_rulings set reasoning = '' where complaint_id = ?").param(complaintId).update();
        jdbc.sql("update ratings set comment = null where complaint_id = ?").param(complaintId).update();
        jdbc.sql("""
                update timeline set detail = null, facts = null, actor = nullif(actor, ?), content_erased = true
                where complaint_id = ?""").params(buyer, complaintId).update();
        timeline.append(complaintId, TimelineEntry.of(by, TimelineAction.PERSONAL_DATA_ERASED, Stage.CLOSED)
                .with("reason", reason));
        PersonalDataErased erased = new PersonalDataErased(complaintId, complaint.parkId(), buyer,
                complaint.processInstanceId(), complaint.closedAt(), at);
        events.publishEvent(erased);
        return Optional.of(erased);
    }
}
