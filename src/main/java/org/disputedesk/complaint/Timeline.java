package org.disputedesk.complaint;

import static org.disputedesk.complaint.Rows.instant;
import static org.disputedesk.complaint.Rows.utc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The append-only record of who did what, when, from which stage. Entries are inserted, and changed
 * only when their case's personal data is erased ({@link CaseErasure}); each carries a digest of its
 * content and a hash of its predecessor's hash, its other columns and that digest ({@link TimelineChain}),
 * so an edited or deleted entry breaks the chain ({@link TimelineVerification}).
 */
@Repository
public class Timeline {

    private final JdbcClient jdbc;
    private final TimelineText text;
    private final ObjectMapper json;

    Timeline(JdbcClient jdbc, TimelineText text, ObjectMapper json) {
        this.jdbc = jdbc;
        this.text = text;
        this.json = json;
    }

    /**
     * One entry as the API shows it: {@code detail} says it in English, {@code facts} holds what it
     * records by name, for a reader in another language. {@code contentDigest} and {@code chainVersion}
     * let anyone recompute {@code hash} (docs/trust.md); an {@code erased} entry's actor (when the buyer),
     * detail and facts are gone, its digest stays.
     */
    public record Entry(int seq, Instant at, String actor, String role, TimelineAction action, Stage stage,
                        String detail, Map<String, String> facts, String hash, String contentDigest,
                        int chainVersion, boolean erased) {
    }

    /** The first entry of a case filed in this transaction: there is no predecessor to read. */
    public void begin(String complaintId, TimelineEntry entry) {
        write(complaintId, new Last(0, TimelineChain.GENESIS), entry);
    }

    /**
     * Appends an entry. The caller holds the case's row lock, so entries of one case never race
     * for the same place in the chain.
     */
    public void append(String complaintId, TimelineEntry entry) {
        write(complaintId, jdbc.sql("select seq, hash from timeline where complaint_id = ? order by seq desc limit 1")
                .param(complaintId).query((rs, n) -> new Last(rs.getInt(1), rs.getString(2))).optional()
                .orElse(new Last(0, TimelineChain.GENESIS)), entry);
    }

    private void write(String complaintId, Last last, TimelineEntry entry) {
        Instant at = EngineClock.now();
        int seq = last.seq() + 1;
        String detail = text.say(entry.action(), entry.facts(), Locale.ENGLISH);
        String facts = entry.facts().isEmpty() ? null : write(entry.facts());
        String digest = TimelineChain.contentDigest(entry.actor().username(), detail, facts);
        String hash = TimelineChain.hash(last.hash(), complaintId, seq, at, entry.actor().role(),
                entry.action().name(), entry.stage().name(), digest);
        jdbc.sql("""
                insert into timeline (complaint_id, seq, at, actor, role, action, stage, detail, facts, prev_hash, hash,
                  content_digest, chain_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(complaintId, seq, utc(at), entry.actor().username(), entry.actor().role(),
                        entry.action().name(), entry.stage().name(), detail, facts, last.hash(), hash, digest,
                        TimelineChain.VERSION)
                .update();
    }

    /** The latest entry of a case and its hash: what the next entry chains to. */
    private record Last(int seq, String hash) {
    }

    public List<Entry> of(String complaintId) {
        return rows(complaintId).stream().map(Row::entry).toList();
    }

    /** An entry as stored: with the hash it chains to and its facts as the JSON its digest covers. */
    record Row(Entry entry, String prevHash, String facts) {
    }

    List<Row> rows(String complaintId) {
        return jdbc.sql("""
                select seq, at, actor, role, action, stage, detail, facts, hash, prev_hash, content_digest,
                  chain_version, content_erased
                from timeline where complaint_id = ? order by seq""")
                .param(complaintId)
                .query((rs, n) -> new Row(new Entry(rs.getInt("seq"), instant(rs, "at"), rs.getString("actor"),
                        rs.getString("role"), TimelineAction.valueOf(rs.getString("action")),
                        Stage.valueOf(rs.getString("stage")), rs.getString("detail"), read(rs.getString("facts")),
                        rs.getString("hash"), rs.getString("content_digest"), rs.getInt("chain_version"),
                        rs.getBoolean("content_erased")), rs.getString("prev_hash"), rs.getString("facts")))
                .list();
    }

    private String write(Map<String, String> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serialises", e);
        }
    }

    private Map<String, String> read(String facts) {
        if (facts == null) {
            return Map.of();
        }
        try {
            return json.readValue(facts, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored timeline facts are not JSON: " + facts, e);
        }
    }
}
