package org.disputedesk.complaint;

import static org.disputedesk.complaint.Rows.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The liability shares of each case's rulings. The latest ruling's split is the case's: a later
 * ruling replaces it (its rows stay, no longer current), and a ruling for the shop leaves none.
 */
@Repository
public class Liabilities {

    /** Which ruling divided the liability. */
    public enum Ruling { MEDIATION, APPEAL, COMMITTEE }

    /** How many cases' current splits give a party a share, and the sum of those shares (percent). */
    public record Borne(long cases, long totalShare) {
    }

    private final JdbcClient jdbc;

    Liabilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code split} becomes the case's, replacing any earlier ruling's. */
    public void replace(String complaintId, Ruling ruling, LiabilitySplit split, Instant at) {
        clear(complaintId);
        for (LiabilityShare share : split.shares()) {
            jdbc.sql("""
                    insert into liability_shares (complaint_id, ruling, ruled_at, party, name, share, current)
                    values (?, ?, ?, ?, ?, ?, true)""")
                    .params(complaintId, ruling.name(), utc(at), share.party().name(), share.name(), share.share())
                    .update();
        }
    }

    /** The case's latest ruling found nobody liable. */
    public void clear(String complaintId) {
        jdbc.sql("update liability_shares set current = false where complaint_id = ? and current")
                .param(complaintId).update();
    }

    /** The case's current split, largest share first; empty when no ruling divided liability. */
    public List<LiabilityShare> current(String complaintId) {
        return jdbc.sql("""
                select party, name, share from liability_shares where complaint_id = ? and current
                order by share desc, id""")
                .param(complaintId)
                .query((rs, n) -> new LiabilityShare(LiableParty.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getInt(3)))
                .list();
    }

    /** The shares the shop bore on cases against it. */
    public Borne borneByShop(String shopId) {
        return borne(LiableParty.SHOP, "shop_id", shopId);
    }

    /** The shares the streamer bore on cases that name it. */
    public Borne borneByStreamer(String streamerId) {
        return borne(LiableParty.STREAMER, "streamer_id", streamerId);
    }

    private Borne borne(LiableParty party, String column, String id) {
        return jdbc.sql("""
                select count(*), coalesce(sum(l.share), 0) from liability_shares l
                join complaints c on c.id = l.complaint_id
                where l.current and l.party = ? and c.%s = ?""".formatted(column))
                .params(party.name(), id)
                .query((rs, n) -> new Borne(rs.getLong(1), rs.getLong(2)))
                .single();
    }
}
