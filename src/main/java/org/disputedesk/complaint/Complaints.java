package org.disputedesk.complaint;

import static org.disputedesk.complaint.Rows.enumOf;
import static org.disputedesk.complaint.Rows.instant;
import static org.disputedesk.complaint.Rows.name;
import static org.disputedesk.complaint.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.disputedesk.complaint.CommitteeFindings.Citation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaints table: loads cases and saves them, each write at the moment it is called. */
@Repository
public class Complaints {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Complaints(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a newly filed case, with the key and digest of the request that filed it. */
    public void insert(Complaint complaint, String idempotencyKey, String requestDigest) {
        Filing f = complaint.filing();
        jdbc.sql("""
                insert into complaints (id, buyer, shop_id, park_id, order_ref, category, description, order_amount,
                  claimed_amount, desired_remedy, livestream_room, livestream_offset, streamer_id, stage, idempotency_key,
                  request_digest, created_at, updated_at)
                values (:id, :buyer, :shop, :park, :orderRef, :category, :description, :orderAmount, :claimed,
                  :remedy, :room, :offset, :streamer, :stage, :key, :digest, :at, :at)""")
                .param("id", f.id()).param("buyer", f.buyer()).param("shop", f.shopId()).param("park", f.parkId())
                .param("orderRef", f.orderRef()).param("category", f.category().name())
                .param("description", f.description()).param("orderAmount", f.orderAmount())
                .param("claimed", f.claimedAmount()).param("remedy", f.desiredRemedy().name())
                .param("room", f.livestream() == null ? null : f.livestream().room())
                .param("offset", f.livestream() == null ? null : f.livestream().offsetSeconds())
                .param("streamer", f.streamerId())
                .param("stage", complaint.stage().name())
                .param("key", idempotencyKey).param("digest", requestDigest)
                .param("at", utc(f.createdAt()))
                .update();
        publishEventsOf(complaint);
    }

    /** Writes everything about the case that a step, a deadline or the process may change. */
    public void save(Complaint complaint) {
        ComplaintState s = complaint.state();
        Routing routing = s.routing();
        Offer offer = s.offer();
        MediatorRuling ruling = s.ruling();
        Terms agreed = s.agreed();
        InformationRequest asked = s.informationRequest();
        withAppeal(jdbc.sql("""
                update complaints set process_instance_id = :process, priority = :priority,
                  standards_related = :standards, silence_outcome = :silence, stage = :stage, outcome = :outcome,
                  due_at = :due, mediator = :mediator, mediation_overdue = :overdue,
                  escalated_to_committee = :escalated, shop_decision = :shopDecision, offer_remedy = :offerRemedy,
                  offer_amount = :offerAmount, offer_message = :offerMessage, shop_responded_at = :respondedAt,
                  shop_missed_response = :shopMissed, buyer_decision = :buyerDecision,
                  ruling_decision = :rulingDecision, ruling_remedy = :rulingRemedy, ruling_amount = :rulingAmount,
                  ruling_citations = :rulingCitations, ruling_reasoning = :rulingReasoning, ruling_by = :rulingBy,
                  ruling_at = :rulingAt,
                  agreed_remedy = :agreedRemedy, agreed_amount = :agreedAmount,
                  information_party = :infoParty, information_question = :infoQuestion,
                  fulfilment_proof = :proof, fulfilment_misses = :misses, receipt_received = :received,
                  appeal_party = :appealParty, appeal_by = :appealBy, appeal_grounds = :appealGrounds,
                  appeal_evidence = :appealEvidence, appeal_filed_at = :appealFiledAt,
                  appeal_decision = :appealDecision, appeal_remedy = :appealRemedy, appeal_amount = :appealAmount,
                  appeal_reasoning = :appealReasoning, appeal_decided_by = :appealDecidedBy,
                  appeal_decided_at = :appealDecidedAt, updated_at = :updated, closed_at = :closed
                where id = :id""")
                .param("process", s.processInstanceId())
                .param("priority", routing == null ? null : routing.priority())
                .param("standards", routing != null && routing.standardsRelated())
                .param("silence", routing == null ? null : routing.silenceOutcome())
                .param("stage", s.stage().name()).param("outcome", name(s.outcome())).param("due", utc(s.dueAt()))
                .param("mediator", s.mediator()).param("overdue", s.mediationOverdue())
                .param("escalated", s.escalatedToCommittee())
                .param("shopDecision", offer == null ? null : offer.decision().name())
                .param("offerRemedy", offer == null ? null : name(offer.remedy()))
                .param("offerAmount", offer == null ? null : offer.amount())
                .param("offerMessage", offer == null ? null : offer.message())
                .param("respondedAt", offer == null ? null : utc(offer.at()))
                .param("shopMissed", s.shopMissedResponse()).param("buyerDecision", name(s.buyerDecision()))
                .param("rulingDecision", ruling == null ? null : ruling.decision().name())
                .param("rulingRemedy", ruling == null ? null : name(ruling.remedy()))
                .param("rulingAmount", ruling == null ? null : ruling.amount())
                .param("rulingCitations", ruling == null ? null : citations(ruling.citations()))
                .param("rulingReasoning", ruling == null ? null : ruling.reasoning())
                .param("rulingBy", ruling == null ? null : ruling.by())
                .param("rulingAt", ruling == null ? null : utc(ruling.at()))
                .param("agreedRemedy", agreed == null ? null : name(agreed.remedy()))
                .param("agreedAmount", agreed == null ? null : agreed.amount())
                .param("infoParty", asked == null ? null : asked.party().name())
                .param("infoQuestion", asked == null ? null : asked.question())
                .param("proof", s.fulfilmentProof()).param("misses", s.fulfilmentMisses())
                .param("received", s.received())
                .param("updated", utc(s.updatedAt())).param("closed", utc(s.closedAt()))
                .param("id", complaint.id()), s.appeal())
                .update();
        publishEventsOf(complaint);
    }

    private static JdbcClient.StatementSpec withAppeal(JdbcClient.StatementSpec update, Appeal appeal) {
        boolean filed = appeal != null;
        return update.param("appealParty", filed ? appeal.party().name() : null)
                .param("appealBy", filed ? appeal.by() : null)
                .param("appealGrounds", filed ? appeal.grounds() : null)
                .param("appealEvidence", filed ? appeal.evidenceIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) : null)
                .param("appealFiledAt", filed ? utc(appeal.filedAt()) : null)
                .param("appealDecision", filed ? name(appeal.decision()) : null)
                .param("appealRemedy", filed ? name(appeal.remedy()) : null)
                .param("appealAmount", filed ? appeal.amount() : null)
                .param("appealReasoning", filed ? appeal.reasoning() : null)
                .param("appealDecidedBy", filed ? appeal.decidedBy() : null)
                .param("appealDecidedAt", filed ? utc(appeal.decidedAt()) : null);
    }

    private void publishEventsOf(Complaint complaint) {
        complaint.takeEvents().forEach(events::publishEvent);
    }

    public Optional<Complaint> find(String id) {
        return jdbc.sql("select * from complaints where id = ?").param(id).query(Complaints::map).optional();
    }

    /** Reads the case and locks its row until the transaction ends: steps on one case run one at a time. */
    public Optional<Complaint> lock(String id) {
        return jdbc.sql("select * from complaints where id = ? for update").param(id).query(Complaints::map)
                .optional();
    }

    /** The case the buyer filed under {@code key}, and the digest of the request that filed it. */
    public Optional<KeyedFiling> filedUnder(String buyer, String key) {
        return jdbc.sql("select id, request_digest from complaints where buyer = ? and idempotency_key = ?")
                .params(buyer, key).query((rs, n) -> new KeyedFiling(rs.getString(1), rs.getString(2))).optional();
    }

    /** See {@link #filedUnder}. */
    public record KeyedFiling(String id, String requestDigest) {
    }

    /**
     * Locks the buyer's user row until the transaction ends: one buyer's filings run one at a time,
     * so the duplicate, idempotency and rate checks cannot race each other.
     */
    public void serializeFilingsOf(String buyer) {
        jdbc.sql("select username from users where username = ? for update").param(buyer).query(String.class).list();
    }

    /**
     * What a filing checks before it writes, in one statement: the buyer's latest filings since
     * {@code since} (at most {@code limit}: their number and the oldest of them), the park of the
     * shop complained about (null: no such shop), the buyer's earlier complaints about this
     * order of that shop: whether one is open, whether one was decided, how many were withdrawn, and
     * the streamer profile whose room {@code room} is (null: none, or no room given).
     */
    public FilingCheck filingCheck(String buyer, String shopId, String orderRef, String room, Instant since,
                                   int limit) {
        return jdbc.sql("""
                select latest.filings, latest.oldest, s.park_id, earlier.open, earlier.decided, earlier.withdrawn,
                  r.streamer_id
                from (select count(*) filings, min(created_at) oldest
                      from (select created_at from complaints where buyer = :buyer and created_at > :since
                            order by created_at desc limit :limit) recent) latest
                cross join (select count(case when stage <> 'CLOSED' then 1 end) open,
                                   count(case when outcome in ('RESOLVED', 'REJECTED', 'UNFULFILLED', 'LAPSED')
                                              then 1 end) decided,
                                   count(case when outcome = 'WITHDRAWN' then 1 end) withdrawn
                            from complaints where buyer = :buyer and shop_id = :shop and order_ref = :orderRef) earlier
                left join shops s on s.id = :shop
                left join streamer_rooms r on r.room = :room""")
                .param("buyer", buyer).param("shop", shopId).param("orderRef", orderRef).param("room", room)
                .param("since", utc(since)).param("limit", limit)
                .query((rs, n) -> new FilingCheck(rs.getInt("filings"), instant(rs, "oldest"),
                        rs.getString("park_id"), rs.getInt("open") > 0, rs.getInt("decided") > 0,
                        rs.getInt("withdrawn"), rs.getString("streamer_id")))
                .single();
    }

    /** See {@link #filingCheck}. */
    public record FilingCheck(int recentFilings, Instant oldestRecentFiling, String shopParkId,
                              boolean openComplaintOnOrder, boolean orderDecided, int withdrawnOnOrder,
                              String streamerId) {
    }

    /** One page of the cases matching {@code filter}, newest first. */
    public List<Complaint> page(CaseFilter filter, int page, int size) {
        return jdbc.sql("select * from complaints where " + filter.where()
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .paramSource(new MapSqlParameterSource(filter.params().getValues())
                        .addValue("limit", size).addValue("offset", page * size))
                .query(Complaints::map).list();
    }

    /**
     * {@link Complaint#isOverdue} as SQL, for red flags and overdue counts, with {@code now} the
     * placeholder of the current time ({@code ?} or a named parameter).
     */
    public static String overdueCondition(String now) {
        return "(due_at < " + now + " or mediation_overdue)";
    }

    private static Complaint map(ResultSet rs, int row) throws SQLException {
        String room = rs.getString("livestream_room");
        Filing filing = new Filing(rs.getString("id"), rs.getString("buyer"),
                rs.getString("shop_id"), rs.getString("park_id"), rs.getString("order_ref"),
                Category.valueOf(rs.getString("category")), rs.getString("description"),
                rs.getBigDecimal("order_amount"), rs.getBigDecimal("claimed_amount"),
                Remedy.valueOf(rs.getString("desired_remedy")),
                room == null ? null : new Livestream(room, rs.getObject("livestream_offset", Integer.class)),
                rs.getString("streamer_id"), instant(rs, "created_at"), rs.getLong("case_number"), instant(rs, "erased_at"));
        String priority = rs.getString("priority");
        String shopDecision = rs.getString("shop_decision");
        String rulingDecision = rs.getString("ruling_decision");
        String agreedRemedy = rs.getString("agreed_remedy");
        String infoParty = rs.getString("information_party");
        return new Complaint(filing, new ComplaintState(
                rs.getString("process_instance_id"),
                priority == null ? null : new Routing(priority, rs.getBoolean("standards_related"),
                        rs.getString("silence_outcome")),
                Stage.valueOf(rs.getString("stage")), enumOf(Outcome.class, rs.getString("outcome")),
                instant(rs, "due_at"), rs.getString("mediator"), rs.getBoolean("mediation_overdue"),
                rs.getBoolean("escalated_to_committee"),
                shopDecision == null ? null : new Offer(ShopDecision.valueOf(shopDecision),
                        enumOf(Remedy.class, rs.getString("offer_remedy")), rs.getBigDecimal("offer_amount"),
                        rs.getString("offer_message"), instant(rs, "shop_responded_at")),
                rs.getBoolean("shop_missed_response"), enumOf(BuyerDecision.class, rs.getString("buyer_decision")),
                rulingDecision == null ? null : new MediatorRuling(MediationDecision.valueOf(rulingDecision),
                        enumOf(Remedy.class, rs.getString("ruling_remedy")), rs.getBigDecimal("ruling_amount"),
                        citations(rs.getString("ruling_citations")), rs.getString("ruling_reasoning"),
                        rs.getString("ruling_by"), instant(rs, "ruling_at")),
                agreedRemedy == null ? null : new Terms(Remedy.valueOf(agreedRemedy),
                        rs.getBigDecimal("agreed_amount")),
                infoParty == null ? null : new InformationRequest(Party.valueOf(infoParty),
                        rs.getString("information_question")),
                rs.getString("fulfilment_proof"), rs.getInt("fulfilment_misses"),
                rs.getObject("receipt_received", Boolean.class), appeal(rs),
                instant(rs, "updated_at"), instant(rs, "closed_at")));
    }

    /** A ruling's citations, one "standard|clause" per line (no catalog code or clause has either). */
    private static String citations(List<Citation> citations) {
        return citations.isEmpty() ? null
                : citations.stream().map(c -> c.standard() + "|" + c.clause()).collect(Collectors.joining("\n"));
    }

    private static List<Citation> citations(String lines) {
        return lines == null ? List.of() : lines.lines().map(line -> line.split("\\|", 2))
                .map(parts -> new Citation(parts[0], parts[1])).toList();
    }

    private static Appeal appeal(ResultSet rs) throws SQLException {
        String party = rs.getString("appeal_party");
        if (party == null) {
            return null;
        }
        List<Long> evidence = Arrays.stream(rs.getString("appeal_evidence").split(","))
                .filter(id -> !id.isEmpty()).map(Long::valueOf).toList();
        return new Appeal(Party.valueOf(party), rs.getString("appeal_by"), rs.getString("appeal_grounds"), evidence,
                instant(rs, "appeal_filed_at"), enumOf(AppealDecision.class, rs.getString("appeal_decision")),
                enumOf(Remedy.class, rs.getString("appeal_remedy")), rs.getBigDecimal("appeal_amount"),
                rs.getString("appeal_reasoning"), rs.getString("appeal_decided_by"),
                instant(rs, "appeal_decided_at"));
    }
}
