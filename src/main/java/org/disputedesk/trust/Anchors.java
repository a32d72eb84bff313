package org.disputedesk.trust;

import static org.disputedesk.complaint.Rows.instant;
import static org.disputedesk.complaint.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.disputedesk.complaint.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The anchors table and the heads each anchor covers: inserted and read, never changed. */
@Repository
class Anchors {

    /** A case's head that an anchor is to cover, and the times of the entries written since the last one. */
    record Head(String complaintId, int seq, String head, Instant firstEntryAt, Instant lastEntryAt) {
    }

    /** A case's head as an anchor covered it, at {@code position} among the anchor's leaves. */
    record AnchoredHead(long anchorId, int position, int seq, String head) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Anchors(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Waits for the other nodes' anchoring, if any, to end: one anchoring at a time. */
    void takeTurn() {
        jdbc.sql("select id from anchor_turn for update").query(Integer.class).list();
    }

    boolean published(String period) {
        return jdbc.sql("select count(*) from anchors where period = ?").param(period).query(Integer.class)
                .single() > 0;
    }

    /**
     * Each case whose timeline has entries no anchor covers yet, with its latest entry, in the order of
     * the complaint ids (sorted here: the two databases' collations order them differently).
     */
    List<Head> changed() {
        return jdbc.sql("""
                select n.complaint_id, n.seq, t.hash, n.first_at, n.last_at
                from (select t.complaint_id, max(t.seq) seq, min(t.at) first_at, max(t.at) last_at
                      from timeline t
                      left join (select complaint_id, max(seq) seq from anchor_heads group by complaint_id) a
                        on a.complaint_id = t.complaint_id
                      where t.seq > coalesce(a.seq, 0)
                      group by t.complaint_id) n
                join timeline t on t.complaint_id = n.complaint_id and t.seq = n.seq""")
                .query((rs, n) -> new Head(rs.getString(1), rs.getInt(2), rs.getString(3), instant(rs, "first_at"),
                        instant(rs, "last_at")))
                .list().stream().sorted(Comparator.comparing(Head::complaintId)).toList();
    }

    /** Stores an anchor of {@code heads}, their leaves in the order given. */
    Anchor insert(String period, Instant at, String root, List<Head> heads) {
        Instant first = heads.stream().map(Head::firstEntryAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = heads.stream().map(Head::lastEntryAt).max(Comparator.naturalOrder()).orElseThrow();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into anchors (period, at, root, cases, first_entry_at, last_entry_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(period, utc(at), root, heads.size(), utc(first), utc(last)).update(key, "id");
        long id = Rows.generatedId(key);
        batch.batchUpdate("insert into anchor_heads (anchor_id, position, complaint_id, seq, head) "
                        + "values (?, ?, ?, ?, ?)",
                IntStream.range(0, heads.size()).mapToObj(position -> new Object[] {id, position,
                        heads.get(position).complaintId(), heads.get(position).seq(), heads.get(position).head()})
                        .toList());
        return new Anchor(id, period, at, root, heads.size(), first, last);
    }

    Optional<Anchor> find(long id) {
        return jdbc.sql("select * from anchors where id = ?").param(id).query(Anchors::anchor).optional();
    }

    /** The anchors newest first, a page at a time. */
    List<Anchor> page(int page, int size) {
        return jdbc.sql("select * from anchors order by id desc limit ? offset ?").params(size, (long) page * size)
                .query(Anchors::anchor).list();
    }

    /** The latest anchor's record of the case's head; empty when no anchor covers the case yet. */
    Optional<AnchoredHead> latestOf(String complaintId) {
        return jdbc.sql("""
                select anchor_id, position, seq, head from anchor_heads where complaint_id = ?
                order by seq desc limit 1""")
                .param(complaintId)
                .query((rs, n) -> new AnchoredHead(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4)))
                .optional();
    }

    /** The anchor's leaves, in their order in the tree. */
    List<String> leaves(long anchorId) {
        return jdbc.sql("select complaint_id, seq, head from anchor_heads where anchor_id = ? order by position")
                .param(anchorId)
                .query((rs, n) -> MerkleTree.leaf(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
    }

    private static Anchor anchor(ResultSet rs, int row) throws SQLException {
        return new Anchor(rs.getLong("id"), rs.getString("period"), instant(rs, "at"), rs.getString("root"),
                rs.getInt("cases"), instant(rs, "first_entry_at"), instant(rs, "last_entry_at"));
    }
}
