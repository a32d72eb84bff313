package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The complaints table, written inside the step's transaction. What a step records on its case goes
 * into the update of the stage its process reaches next ({@link DeferredColumns}).
 */
@Repository
public class Complaints {

    private final JdbcClient jdbc;
    /** The filing facts of the cases filed or read in the current transaction: they never change. */
    private final TransactionMemo<Filed> facts = new TransactionMemo<>();
    /** The cases being filed in the current transaction whose rows are not written yet ({@link #insert}). */
    private final TransactionMemo<Opening> opening = new TransactionMemo<>();

    /** What steps recorded, written with the stage their process reaches next. */
    private final DeferredColumns later;

    Complaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.later = new DeferredColumns(jdbc);
    }

    /** What filing writes. */
    public record NewComplaint(String id, String buyer, String shopId, String parkId, String orderRef,
                               Category category, String description, BigDecimal orderAmount,
                               BigDecimal claimedAmount, Remedy desiredRemedy, Complaint.Livestream livestream,
                               String idempotencyKey, String requestDigest, Instant at) {
    }

    /**
     * Files a case: {@code startProcess} runs first, within this transaction, and what its routing
     * and first step record on the case goes into the case's one insert. Inserted before, the row
     * would be updated twice more in the same transaction, each update a new row version with all
     * of its index entries written again (the due date is in the inbox indexes). While the process
     * starts, the case is known by its {@link #filed filing facts} only.
     */
    public void insert(NewComplaint c, Runnable startProcess) {
        Opening row = new Opening(c);
        if (!opening.put(c.id(), row)) {
            throw new IllegalStateException("A case can only be filed within a transaction: " + c.id());
        }
        facts.put(c.id(), new Filed(c.id(), c.buyer(), c.shopId(), c.parkId(), c.category(), c.desiredRemedy(),
                c.claimedAmount()));
        try {
            startProcess.run();
        } finally {
            opening.remove(c.id());
        }
        jdbc.sql("""
                insert into complaints (id, buyer, shop_id, park_id, order_ref, category, description, order_amount,
                  claimed_amount, desired_remedy, livestream_room, livestream_offset, stage, due_at,
                  process_instance_id, priority, standards_related, silence_outcome, idempotency_key,
                  request_digest, created_at, updated_at)
                values (:id, :buyer, :shop, :park, :orderRef, :category, :description, :orderAmount, :claimed,
                  :remedy, :room, :offset, :stage, :due, :process, :priority, :standards, :silence, :key, :digest,
                  :at, :updated)""")
                .param("id", c.id()).param("buyer", c.buyer()).param("shop", c.shopId()).param("park", c.parkId())
                .param("orderRef", c.orderRef()).param("category", c.category().name())
                .param("description", c.description()).param("orderAmount", c.orderAmount())
                .param("claimed", c.claimedAmount()).param("remedy", c.desiredRemedy().name())
                .param("room", c.livestream() == null ? null : c.livestream().room())
                .param("offset", c.livestream() == null ? null : c.livestream().offsetSeconds())
                .param("stage", row.stage.name()).param("due", utc(row.dueAt))
                .param("process", row.processInstanceId).param("priority", row.priority)
                .param("standards", row.standardsRelated).param("silence", row.silenceOutcome)
                .param("key", c.idempotencyKey()).param("digest", c.requestDigest())
                .param("at", utc(c.at())).param("updated", utc(row.updatedAt))
                .update();
    }

    /** The columns a case's process fills in as it starts, before the case's row is written. */
    private static final class Opening {
        Stage stage = Stage.SHOP_RESPONSE;
        Instant dueAt;
        Instant updatedAt;
        String processInstanceId;
        String priority;
        boolean standardsRelated;
        String silenceOutcome;

        Opening(NewComplaint complaint) {
            this.updatedAt = complaint.at();
        }
    }

    /**
     * What a case is about and who its parties are: fixed when it is filed and never updated. The
     * process asks for them at every task it creates, and routing as soon as the case is filed.
     */
    public record Filed(String id, String buyer, String shopId, String parkId, Category category,
                        Remedy desiredRemedy, BigDecimal claimedAmount) {
    }

    /**
     * The case's {@link Filed filing facts}, read at most once per transaction, and not at all in the
     * transaction that filed the case.
     */
    public Optional<Filed> filed(String id) {
        Filed known = facts.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Filed> read = jdbc.sql("""
                select id, buyer, shop_id, park_id, category, desired_remedy, claimed_amount
                from complaints where id = ?""")
                .param(id)
                .query((rs, n) -> new Filed(rs.getString("id"), rs.getString("buyer"), rs.getString("shop_id"),
                        rs.getString("park_id"), Category.valueOf(rs.getString("category")),
                        Remedy.valueOf(rs.getString("desired_remedy")), rs.getBigDecimal("claimed_amount")))
                .optional();
        read.ifPresent(filed -> facts.put(id, filed));
        return read;
    }

    public Optional<Complaint> find(String id) {
        notOpening(id);
        later.flush();
        return remembered(jdbc.sql("select * from complaints where id = ?").param(id).query(Complaints::map).optional());
    }

    /** Reads the case and locks its row until the transaction ends: steps on one case run one at a time. */
    public Optional<Complaint> lock(String id) {
        notOpening(id);
        later.flush();
        return remembered(jdbc.sql("select * from complaints where id = ? for update").param(id)
                .query(Complaints::map).optional());
    }

    /** A case read whole also answers {@link #filed} for the rest of the transaction, e.g. the step's next task. */
    private Optional<Complaint> remembered(Optional<Complaint> read) {
        read.ifPresent(c -> facts.put(c.id(), new Filed(c.id(), c.buyer(), c.shopId(), c.parkId(), c.category(),
                c.desiredRemedy(), c.claimedAmount())));
        return read;
    }

    /** A case whose process is starting has no row yet: finding none would pass for a missing case. */
    private void notOpening(String id) {
        if (opening.get(id) != null) {
            throw new IllegalStateException("Case " + id + " is read while its process starts, before its row is "
                    + "written; the start takes what it needs from its filing facts.");
        }
    }

    public Optional<Complaint> findByIdempotencyKey(String buyer, String key) {
        later.flush();
        return jdbc.sql("select * from complaints where buyer = ? and idempotency_key = ?").params(buyer, key)
                .query(Complaints::map).optional();
    }

    public Optional<String> requestDigest(String id) {
        return jdbc.sql("select request_digest from complaints where id = ?").param(id).query(String.class).optional();
    }

    /**
     * Locks the buyer's user row until the transaction ends: one buyer's filings run one at a time,
     * so the duplicate, idempotency and rate checks cannot race each other.
     */
    public void serializeFilingsOf(String buyer) {
        jdbc.sql("select username from users where username = ? for update").param(buyer).query(String.class).list();
    }

    /**
     * What a filing checks before it writes, read in one statement, since each statement is a round
     * trip: the buyer's latest filings since {@code since} (at most {@code limit}: their number and
     * the oldest of them), the park of the shop complained about (null: no such shop), and whether
     * the buyer already has an open complaint about this order of that shop.
     */
    public FilingCheck filingCheck(String buyer, String shopId, String orderRef, Instant since, int limit) {
        later.flush();
        return jdbc.sql("""
                select latest.filings, latest.oldest, s.park_id,
                  exists (select 1 from complaints where buyer = :buyer and shop_id = :shop
                          and order_ref = :orderRef and stage <> 'CLOSED') open_on_order
                from (select count(*) filings, min(created_at) oldest
                      from (select created_at from complaints where buyer = :buyer and created_at > :since
                            order by created_at desc limit :limit) recent) latest
                left join shops s on s.id = :shop""")
                .param("buyer", buyer).param("shop", shopId).param("orderRef", orderRef)
                .param("since", utc(since)).param("limit", limit)
                .query((rs, n) -> new FilingCheck(rs.getInt("filings"), instant(rs, "oldest"),
                        rs.getString("park_id"), rs.getBoolean("open_on_order")))
                .single();
    }

    /** See {@link #filingCheck}. */
    public record FilingCheck(int recentFilings, Instant oldestRecentFiling, String shopParkId,
                              boolean openComplaintOnOrder) {
    }

    /** One page of the cases matching {@code filter}, newest first. */
    public List<Complaint> page(CaseFilter filter, int page, int size) {
        later.flush();
        return jdbc.sql("select * from complaints where " + filter.where()
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .paramSource(new MapSqlParameterSource(filter.params().getValues())
                        .addValue("limit", size).addValue("offset", page * size))
                .query(Complaints::map).list();
    }

    /** What routing decided, and the process that routed the case and carries it from now on. */
    public void routed(String id, String processInstanceId, String priority, boolean standardsRelated,
                       String silenceOutcome) {
        Opening row = opening.get(id);
        if (row != null) {
            row.processInstanceId = processInstanceId;
            row.priority = priority;
            row.standardsRelated = standardsRelated;
            row.silenceOutcome = silenceOutcome;
            return;
        }
        jdbc.sql("update complaints set process_instance_id = ?, priority = ?, standards_related = ?, "
                        + "silence_outcome = ? where id = ?")
                .params(processInstanceId, priority, standardsRelated, silenceOutcome, id).update();
    }

    /**
     * The rule behind every red flag and overdue count: the step's deadline has passed, or the case's
     * mediation is flagged late (which outlives its deadline while a party is asked). As SQL, with
     * {@code now} the placeholder of the current time ({@code ?} or a named parameter).
     */
    public static String overdueCondition(String now) {
        return "(due_at < " + now + " or mediation_overdue)";
    }

    /** {@link #overdueCondition} for a case already read. */
    public static boolean isOverdue(Instant dueAt, boolean mediationOverdue, Instant now) {
        return dueAt != null && dueAt.isBefore(now) || mediationOverdue;
    }

    public void stageReached(String id, Stage stage, Instant dueAt, Instant at) {
        Opening row = opening.get(id);
        if (row != null) {
            row.stage = stage;
            row.dueAt = dueAt;
            row.updatedAt = at;
            return;
        }
        // The lateness flag belongs to a running mediation: an information request pauses it without
        // ending it, so the flag stays; entering mediation anew re-arms its deadline, and any other stage
        // (fulfilment, the committee, …) runs on its own deadline, so the flag goes.
        Map<String, Object> recorded = later.take(id);
        jdbc.sql("""
                update complaints set stage = :stage, due_at = :due, updated_at = :at,
                  mediation_overdue = case when :stage = 'INFORMATION_REQUEST' then mediation_overdue else false end,
                  information_party = case when :stage = 'INFORMATION_REQUEST' then information_party end,
                  information_question = case when :stage = 'INFORMATION_REQUEST' then information_question end"""
                        + DeferredColumns.assignments(recorded) + " where id = :id")
                .params(recorded)
                .param("stage", stage.name()).param("due", utc(dueAt)).param("at", utc(at)).param("id", id)
                .update();
    }

    public void closed(String id, Outcome outcome, Instant at) {
        Map<String, Object> recorded = later.take(id);
        jdbc.sql("""
                update complaints set stage = 'CLOSED', outcome = :outcome, due_at = null, closed_at = :at,
                  updated_at = :at, information_party = null, information_question = null,
                  mediation_overdue = false""" + DeferredColumns.assignments(recorded) + " where id = :id")
                .params(recorded)
                .param("outcome", outcome.name()).param("at", utc(at)).param("id", id)
                .update();
    }

    /**
     * The shop's answer and, when it accepts the claim, the agreed terms in the same update; without
     * terms (a counter-offer, a rejection) the agreed ones stay as they are.
     */
    public void shopAnswered(String id, Complaint.Offer offer, Complaint.Terms agreed) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("shop_decision", offer.decision());
        columns.put("offer_remedy", name(offer.remedy()));
        columns.put("offer_amount", offer.amount());
        columns.put("offer_message", offer.message());
        columns.put("shop_responded_at", utc(offer.at()));
        if (agreed != null) {
            columns.put("agreed_remedy", name(agreed.remedy()));
            columns.put("agreed_amount", agreed.amount());
        }
        later.set(id, columns);
    }

    public void shopMissedResponse(String id) {
        later.set(id, Map.of("shop_missed_response", true));
    }

    public void agreed(String id, Complaint.Terms terms) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("agreed_remedy", name(terms.remedy()));
        columns.put("agreed_amount", terms.amount());
        later.set(id, columns);
    }

    public void mediatorClaimed(String id, String mediator) {
        later.set(id, Map.of("mediator", mediator));
    }

    public void ruled(String id, Complaint.Ruling ruling) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("ruling_decision", ruling.decision());
        columns.put("ruling_remedy", name(ruling.remedy()));
        columns.put("ruling_amount", ruling.amount());
        columns.put("ruling_reasoning", ruling.reasoning());
        columns.put("ruling_by", ruling.by());
        columns.put("ruling_at", utc(ruling.at()));
        later.set(id, columns);
    }

    public void informationRequested(String id, Complaint.InformationRequest request) {
        jdbc.sql("update complaints set information_party = ?, information_question = ? where id = ?")
                .params(request == null ? null : request.party(), request == null ? null : request.question(), id)
                .update();
    }

    public void escalatedToCommittee(String id) {
        later.set(id, Map.of("escalated_to_committee", true));
    }

    public void mediationOverdue(String id, boolean overdue) {
        set(id, "mediation_overdue = ?", overdue);
    }

    public void fulfilled(String id, String proof) {
        later.set(id, Map.of("fulfilment_proof", proof));
    }

    public void fulfilmentMissed(String id) {
        jdbc.sql("update complaints set fulfilment_misses = fulfilment_misses + 1 where id = ?").param(id).update();
    }

    public void touched(String id, Instant at) {
        set(id, "updated_at = ?", utc(at));
    }

    private void set(String id, String assignment, Object value) {
        jdbc.sql("update complaints set " + assignment + " where id = ?").params(value, id).update();
    }

    /** The identity a database generated for an insert: H2 and PostgreSQL name the key column differently. */
    public static long generatedId(KeyHolder key) {
        Number id = (Number) key.getKeys().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst().orElseThrow().getValue();
        return id.longValue();
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Complaint map(ResultSet rs, int row) throws SQLException {
        String room = rs.getString("livestream_room");
        Integer offset = (Integer) rs.getObject("livestream_offset", Integer.class);
        String shopDecision = rs.getString("shop_decision");
        String rulingDecision = rs.getString("ruling_decision");
        String agreedRemedy = rs.getString("agreed_remedy");
        String infoParty = rs.getString("information_party");
        return new Complaint(
                rs.getString("id"), rs.getString("buyer"), rs.getString("shop_id"), rs.getString("park_id"),
                rs.getString("order_ref"), Category.valueOf(rs.getString("category")), rs.getString("description"),
                rs.getBigDecimal("order_amount"), rs.getBigDecimal("claimed_amount"),
                Remedy.valueOf(rs.getString("desired_remedy")),
                room == null ? null : new Complaint.Livestream(room, offset),
                rs.getString("priority"), rs.getBoolean("standards_related"), rs.getString("silence_outcome"),
                Stage.valueOf(rs.getString("stage")), enumOf(Outcome.class, rs.getString("outcome")),
                instant(rs, "due_at"), rs.getString("mediator"), rs.getBoolean("mediation_overdue"),
                rs.getBoolean("escalated_to_committee"),
                shopDecision == null ? null : new Complaint.Offer(shopDecision,
                        enumOf(Remedy.class, rs.getString("offer_remedy")), rs.getBigDecimal("offer_amount"),
                        rs.getString("offer_message"), instant(rs, "shop_responded_at")),
                rs.getBoolean("shop_missed_response"),
                rulingDecision == null ? null : new Complaint.Ruling(rulingDecision,
                        enumOf(Remedy.class, rs.getString("ruling_remedy")), rs.getBigDecimal("ruling_amount"),
                        rs.getString("ruling_reasoning"), rs.getString("ruling_by"), instant(rs, "ruling_at")),
                agreedRemedy == null ? null : new Complaint.Terms(Remedy.valueOf(agreedRemedy),
                        rs.getBigDecimal("agreed_amount")),
                rs.getString("fulfilment_proof"), rs.getInt("fulfilment_misses"),
                infoParty == null ? null : new Complaint.InformationRequest(infoParty,
                        rs.getString("information_question")),
                rs.getString("process_instance_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "closed_at"));
    }
}
