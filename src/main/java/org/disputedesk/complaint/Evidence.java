package org.disputedesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.Problems;
import org.disputedesk.web.RuleViolated;
import org.disputedesk.web.Sentence;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files: recognised by their content (images, PDF, MP4), at most 10 MB each and
 * {@value #MAX_FILES_PER_CASE} per case, SHA-256 recorded, stored in the database so that every
 * node of a cluster serves them.
 */
@Service
public class Evidence {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES_PER_CASE = 20;
    private static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "application/pdf", "video/mp4", "application/mp4");

    public record Item(long id, String fileName, String contentType, long size, String sha256, String note,
                       String uploadedBy, String role, Instant at) {
    }

    public record File(Item item, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final CaseSteps steps;
    private final CaseAccess access;
    private final Timeline timeline;
    private final Complaints complaints;
    private final Tika tika = new Tika();

    Evidence(JdbcClient jdbc, CaseSteps steps, CaseAccess access, Timeline timeline, Complaints complaints) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.access = access;
        this.timeline = timeline;
        this.complaints = complaints;
    }

    @Transactional
    public Item add(DeskUser uploader, String complaintId, String fileName, byte[] content, String note) {
        if (content.length > MAX_BYTES) {
            throw Problems.refusal(HttpStatus.PAYLOAD_TOO_LARGE, "Evidence too large",
                    new Sentence("problem.evidence.tooLarge", "An evidence file may have at most 10 MB."));
        }
        String type = tika.detect(content);
        if (!ACCEPTED.contains(type)) {
            throw Problems.refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Evidence type not accepted",
                    new Sentence("problem.evidence.type",
                            "Evidence must be an image (JPEG, PNG, GIF, WebP), a PDF or an MP4 video."));
        }
        Complaint complaint = steps.begin(uploader, complaintId, Step.EVIDENCE);
        if (count(complaintId) >= MAX_FILES_PER_CASE) {
            throw new RuleViolated("problem.tooManyEvidenceFiles",
                    "A case may hold at most " + MAX_FILES_PER_CASE + " evidence files.", MAX_FILES_PER_CASE);
        }
        String name = safeName(fileName);
        String sha256 = Sha256.hex(content);
        Instant at = EngineClock.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into evidence (complaint_id, uploaded_by, role, file_name, content_type, size_bytes, sha256,
                  note, content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(complaintId, uploader.username(), uploader.role().name(), name, type, content.length,
                        sha256, note, content, Rows.utc(at))
                .update(key, "id");
        timeline.append(complaintId, TimelineEntry.of(TimelineEntry.Actor.of(uploader), TimelineAction.EVIDENCE_ADDED,
                complaint.stage()).with("file", name).with("type", type).with("sha256", sha256));
        complaint.touch(at);
        complaints.save(complaint);
        return new Item(Rows.generatedId(key), name, type, content.length, sha256, note, uploader.username(),
                uploader.role().name(), at);
    }

    @Transactional(readOnly = true)
    public List<Item> of(DeskUser reader, String complaintId) {
        access.visible(reader, complaintId);
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, sha256, note, uploaded_by, role, created_at
                from evidence where complaint_id = ? order by id""")
                .param(complaintId).query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Rows.instant(rs, "created_at")))
                .list();
    }

    @Transactional(readOnly = true)
    public File download(DeskUser reader, String complaintId, long evidenceId) {
        access.visible(reader, complaintId);
        Optional<File> file = jdbc.sql("""
                select id, file_name, content_type, size_bytes, sha256, note, uploaded_by, role, created_at, content
                from evidence where complaint_id = ? and id = ?""")
                .params(complaintId, evidenceId)
                .query((rs, n) -> new File(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Rows.instant(rs, "created_at")), rs.getBytes("content")))
                .optional();
        File found = file.orElseThrow(() -> new CaseNotFound("Evidence " + evidenceId));
        // an upload is never empty (it would not be an image, a PDF or a video): this one was erased
        if (found.content().length == 0) {
            throw Problems.refusal(HttpStatus.GONE, "Evidence erased", new Sentence("problem.evidence.erased",
                    "This evidence file was erased with the case's personal data."));
        }
        return found;
    }

    private int count(String complaintId) {
        return jdbc.sql("select count(*) from evidence where complaint_id = ?").param(complaintId)
                .query(Integer.class).single();
    }

    /** Keeps the name a person gave the file, minus any path and control characters. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
        name = name.strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

}
