package org.disputedesk.deadline;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.complaint.Stage;
import org.disputedesk.park.ParkScope;
import org.disputedesk.park.Parks;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Each park's own deadlines: anyone reads them, the park's administrators and the installation's
 * set them. A change applies to the stages entered after it, and is audited.
 */
@Service
public class ParkDeadlineSettings {

    /**
     * A park's deadlines as set, and what a stage or zone left unset takes; {@code stages} has each
     * stage's both, in the order the process reaches them, for the portal.
     */
    @Schema(name = "ParkDeadlinesView", description = "A park's deadlines; null where the park takes the "
            + "installation's, which `defaults` names.")
    public record View(
            String parkId,
            @JsonUnwrapped ParkDeadlines deadlines,
            @Schema(description = "What each unset value takes: the ISO-8601 duration of each stage, counted on "
                    + "the clock, and the time zone.", example = "{\"shopResponse\": \"PT48H\", \"timeZone\": "
                    + "\"Asia/Shanghai\"}")
            Map<String, String> defaults,
            @JsonIgnore List<StageDeadline> stages) {
    }

    private final ParkDeadlineRows rows;
    private final Parks parks;
    private final ParkScope scope;
    private final AuditLog audit;
    private final DefaultDeadlines defaults;
    private final DueDates dueDates;

    ParkDeadlineSettings(ParkDeadlineRows rows, Parks parks, ParkScope scope, AuditLog audit,
                         DefaultDeadlines defaults, DueDates dueDates) {
        this.rows = rows;
        this.parks = parks;
        this.scope = scope;
        this.audit = audit;
        this.defaults = defaults;
        this.dueDates = dueDates;
    }

    @Transactional(readOnly = true)
    public View of(String parkId) {
        if (!parks.exists(parkId)) {
            throw new CaseNotFound("Park " + parkId);
        }
        return view(parkId, rows.of(parkId));
    }

    /**
     * Replaces the park's deadlines with {@code asked}: what it leaves out takes the installation's
     * setting again. A deadline in days is at most a year (400), the time zone one the JDK knows.
     */
    @Transactional
    public View replace(DeskUser user, String parkId, ParkDeadlines asked) {
        InvalidFields.Builder check = InvalidFields.check();
        asked.byStage().forEach((stage, deadline) -> check.require(deadline.withinAYear(),
                TimedStages.field(stage) + ".amount", "validation.deadline.days",
                "must be at most " + Deadline.MAX_DAYS + " days"));
        check.require(asked.timeZone() == null || ZoneId.getAvailableZoneIds().contains(asked.timeZone()),
                "timeZone", "validation.deadline.timeZone", "must be a time zone such as Asia/Shanghai");
        check.throwIfAny();
        scope.requireAdministers(user, parkId);
        ParkDeadlines before = rows.of(parkId);
        if (!before.equals(asked)) {
            rows.replace(parkId, asked);
            audit.record(user.username(), AuditAction.DEADLINES_CHANGED, "park:" + parkId, parkId,
                    change(before, asked));
        }
        return view(parkId, asked);
    }

    private View view(String parkId, ParkDeadlines deadlines) {
        List<StageDeadline> stages = TimedStages.ALL.stream().map(stage -> new StageDeadline(stage,
                TimedStages.field(stage), deadlines.byStage().get(stage), defaults.of(stage))).toList();
        Map<String, String> fallback = new LinkedHashMap<>();
        stages.forEach(stage -> fallback.put(stage.field(), stage.fallback().toString()));
        fallback.put("timeZone", dueDates.defaultZone().getId());
        return new View(parkId, deadlines, fallback, stages);
    }

    /** The values that changed, each as it was and as it is: {@code shopResponse: default → 2 WORKING_DAYS}. */
    private static AuditDetail change(ParkDeadlines before, ParkDeadlines after) {
        Map<String, String[]> changed = new LinkedHashMap<>();
        for (Stage stage : TimedStages.ALL) {
            Deadline was = before.byStage().get(stage);
            Deadline is = after.byStage().get(stage);
            if (!Objects.equals(was, is)) {
                changed.put(TimedStages.field(stage), new String[] {said(was), said(is)});
            }
        }
        if (!Objects.equals(before.timeZone(), after.timeZone())) {
            changed.put("timeZone", new String[] {said(before.timeZone()), said(after.timeZone())});
        }
        return new AuditDetail(changed.entrySet().stream().map(e -> AuditDetail.phrase(AuditPhrase.DEADLINE_CHANGED)
                .with("deadline", e.getKey()).with("from", e.getValue()[0]).with("to", e.getValue()[1])).toList());
    }

    private static String said(Object value) {
        return value == null ? "—" : value.toString();
    }
}
