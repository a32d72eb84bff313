package org.disputedesk.complaint;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.disputedesk.security.DeskUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Messages between the parties of a case; every party reads all of them. */
@Service
public class Messages {

    public record MessageRequest(@NotBlank @Size(max = 4000) String text) {
    }

    public record Message(long id, String author, String role, String text, Instant at) {
    }

    private final JdbcClient jdbc;
    private final CaseSteps steps;
    private final CaseAccess access;
    private final Timeline timeline;
    private final Complaints complaints;

    Messages(JdbcClient jdbc, CaseSteps steps, CaseAccess access, Timeline timeline, Complaints complaints) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.access = access;
        this.timeline = timeline;
        this.complaints = complaints;
    }

    @Transactional
    public Message post(DeskUser author, String complaintId, MessageRequest request) {
        Complaint complaint = steps.begin(author, complaintId, Step.MESSAGES);
        Instant at = EngineClock.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into messages (complaint_id, author, role, text, created_at) values (?, ?, ?, ?, ?)")
                .params(complaintId, author.username(), author.role().name(), request.text(), Rows.utc(at))
                .update(key, "id");
        timeline.append(complaintId, TimelineEntry.of(TimelineEntry.Actor.of(author), TimelineAction.MESSAGE,
                complaint.stage()).with("text", request.text()));
        complaint.touch(at);
        complaints.save(complaint);
        return new Message(Rows.generatedId(key), author.username(), author.role().name(), request.text(), at);
    }

    @Transactional(readOnly = true)
    public List<Message> of(DeskUser reader, String complaintId) {
        access.visible(reader, complaintId);
        return jdbc.sql("select id, author, role, text, created_at from messages where complaint_id = ? order by id")
                .param(complaintId)
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Rows.instant(rs, "created_at")))
                .list();
    }
}
