package org.disputedesk.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.disputedesk.process.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private static final String INSERT = """
            insert into timeline (complaint_id, seq, at, actor, role, action, stage, detail, prev_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    /**
     * The last entry written in the current transaction, by case. A step often writes two or three
     * (the step, then what the process did next); the row lock keeps other writers out until the
     * commit, so the last one written here is still the last, and need not be read back.
     */
    private final TransactionMemo<Last> written = new TransactionMemo<>();
    /**
     * The entries written in the current transaction, by case, inserted in one batch just before it
     * commits: each insert of its own would be a round trip to the database. Reads insert them first.
     */
    private final TransactionMemo<List<Object[]>> unsaved = new TransactionMemo<>(this::insert);

    Timeline(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
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
        Object[] row = {complaintId, seq, Complaints.utc(at), actor, role, action, stage.name(), detail, last.hash(),
                hash};
        List<Object[]> rows = unsaved.get(complaintId);
        if (rows != null) {
            rows.add(row);
        } else if (!unsaved.put(complaintId, new ArrayList<>(List.<Object[]>of(row)))) {
            jdbc.sql(INSERT).params(row).update();
        }
        written.put(complaintId, new Last(seq, hash));
    }

    private void insert(Collection<List<Object[]>> rowsByCase) {
        batches.batchUpdate(INSERT, rowsByCase.stream().flatMap(List::stream).toList());
    }

    /** The latest entry of a case and its hash: what the next entry chains to. */
    private record Last(int seq, String hash) {
    }

    public List<Entry> of(String complaintId) {
        unsaved.drain();
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
        unsaved.drain();
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
