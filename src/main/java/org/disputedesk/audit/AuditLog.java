package org.disputedesk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who did what to which park, shop or account, and when. Entries are inserted and read, never
 * changed or removed. An administrator reads every entry; a park administrator those that concern
 * their park, like the rest of what they administer. Each entry's detail is read in the reader's
 * language; one written before details were kept as phrases reads as it was written.
 */
@Service
public class AuditLog {

    /**
     * One action: {@code target} names its object ({@code park:humen}), {@code parkId} the park it
     * concerns, {@code detail} says the rest in the reader's language.
     */
    public record Entry(Instant at, String actor, AuditAction action, String target, String parkId, String detail) {
    }

    private final JdbcClient jdbc;
    private final AuditText text;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, AuditText text, ObjectMapper json) {
        this.jdbc = jdbc;
        this.text = text;
        this.json = json;
    }

    /**
     * Records an action in the transaction that takes it, which must be open: the entry and the
     * action commit together or not at all. {@code parkId} may be null for an action that concerns
     * no single park.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String target, String parkId, AuditDetail detail) {
        // PostgreSQL keeps microseconds: the instant answered is the one stored, on either database
        OffsetDateTime at = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into admin_audit (at, actor, park_id, action, target, detail, phrases) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(at, actor, parkId, action.name(), target, text.say(detail, Locale.ENGLISH), write(detail))
                .update();
    }

    /**
     * The entries {@code viewer} may read, newest first, a page at a time, said for a reader of
     * {@code locale}; with {@code parkId}, only those that concern that park. Another park is none
     * of a park administrator's business (404).
     */
    @Transactional(readOnly = true)
    public List<Entry> read(DeskUser viewer, String parkId, int page, int size, Locale locale) {
        String park = parkId;
        if (viewer.is(Role.PARK_ADMIN)) {
            if (parkId != null && !parkId.equals(viewer.parkId())) {
                throw new CaseNotFound("Park " + parkId);
            }
            if (viewer.parkId() == null) {
                return List.of(); // bound to no park, they administer nothing
            }
            park = viewer.parkId();
        } else if (!viewer.is(Role.ADMIN)) {
            throw new ActionForbidden("The audit log is for administrators and park administrators.");
        }
        return jdbc.sql("select at, actor, action, target, park_id, detail, phrases from admin_audit"
                        + (park == null ? "" : " where park_id = :park")
                        + " order by at desc, id desc limit :size offset :offset")
                .param("park", park).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
                        rs.getString("park_id"), detail(rs.getString("phrases"), rs.getString("detail"), locale)))
                .list();
    }

    private String write(AuditDetail detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Phrases of strings always serialise", e);
        }
    }

    /** The detail for {@code locale}; as it was written when there are no phrases, or none this version knows. */
    private String detail(String phrases, String written, Locale locale) {
        if (phrases == null) {
            return written;
        }
        try {
            return text.say(json.readValue(phrases, AuditDetail.class), locale);
        } catch (JsonProcessingException e) {
            return written;
        }
    }
}
