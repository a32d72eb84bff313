package org.disputedesk.complaint;

import java.time.Instant;
import java.util.List;

import org.disputedesk.process.EngineClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only record of who did what, when, from which stage. Entries are only ever inserted;
 * each carries the SHA-256 of its content and of its predecessor's hash, so an edited or deleted
 * entry breaks the chain ({@link #verify(String)}).
 */
@Repository
public class Timeline {

    /** The actor of what the process does by itself: deadlines, automatic remedies, closures. */
    public static final String SYSTEM = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";
    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    /**
     * The last entry written in the current transaction, by case. A step often writes two or three
     * (the step, then what the process did next); the row lock keeps other writers out until the
     * commit, so the last one written here is still the last, and need not be read back.
     */
    private final TransactionMemo<Last> written = new TransactionMemo<>();

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry as the API shows it. */
    public record Entry(int seq, Instant at, String actor, String role, String action, Stage stage, String detail,
                        String hash) {
    }

    /** The first entry of a case filed in this transaction: there is no predecessor to read. */
    public void begin(String complaintId, String actor, String role, String action, Stage stage, String detail) {
        write(complaintId, new Last(0, GENESIS), actor, role, action, stage, detail);
    }

    /** Appends an entry; the caller holds the case's row lock, so entries of one case never race. */
    public void append(String complaintId, String actor, String role, String action, Stage stage, String detail) {
        Last last = written.get(complaintId);
        if (last == null) {
            last = jdbc.sql("select seq, hash from timeline where complaint_id = ? order by seq desc limit 1")
                    .param(complaintId).query((rs, n) -> new Last(rs.getInt(1), rs.getString(2))).optional()
                    .orElse(new Last(0, GENESIS));
        }
        write(complaintId, last, actor, role, action, stage, detail);
    }

    private void write(String complaintId, Last last, String actor, String role, String action, Stage stage,
                       String detail) {
        Instant at = EngineClock.now();
        int seq = last.seq() + 1;
        String hash = hash(last.hash(), complaintId, seq, at, actor, role, action, stage, detail);
        jdbc.sql("""
                insert into timeline (complaint_id, seq, at, actor, role, action, stage, detail, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(complaintId, seq, Complaints.utc(at), actor, role, action, stage.name(), detail, last.hash(),
                        hash)
                .update();
        written.put(complaintId, new Last(seq, hash));
    }

    /** The latest entry of a case and its hash: what the next entry chains to. */
    private record Last(int seq, String hash) {
    }

    public List<Entry> of(String complaintId) {
        return jdbc.sql("""
                select seq, at, actor, role, action, stage, detail, hash from timeline
                where complaint_id = ? order by seq""")
                .param(complaintId)
                .query((rs, n) -> new Entry(rs.getInt("seq"), Complaints.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("role"), rs.getString("action"), Stage.valueOf(rs.getString("stage")),
                        rs.getString("detail"), rs.getString("hash")))
                .list();
    }

    /** Whether every entry's hash still matches its content and its predecessor. */
    public boolean verify(String complaintId) {
        record Row(Entry entry, String prevHash) {
        }
        List<Row> rows = jdbc.sql("""
                select seq, at, actor, role, action, stage, detail, hash, prev_hash from timeline
                where complaint_id = ? order by seq""")
                .param(complaintId)
                .query((rs, n) -> new Row(new Entry(rs.getInt("seq"), Complaints.instant(rs, "at"),
                        rs.getString("actor"), rs.getString("role"), rs.getString("action"),
                        Stage.valueOf(rs.getString("stage")), rs.getString("detail"), rs.getString("hash")),
                        rs.getString("prev_hash")))
                .list();
        String previous = GENESIS;
        for (Row row : rows) {
            Entry e = row.entry();
            if (!row.prevHash().equals(previous) || !e.hash().equals(hash(previous, complaintId, e.seq(), e.at(),
                    e.actor(), e.role(), e.action(), e.stage(), e.detail()))) {
                return false;
            }
            previous = e.hash();
        }
        return true;
    }

    private static String hash(String previous, String complaintId, int seq, Instant at, String actor, String role,
                               String action, Stage stage, String detail) {
        String content = String.join("\u001f", previous, complaintId, Integer.toString(seq), at.toString(), actor,
                role, action, stage.name(), detail == null ? "" : detail);
        return Sha256.hex(content);
    }
}
