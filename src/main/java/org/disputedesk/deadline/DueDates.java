package org.disputedesk.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.disputedesk.complaint.Stage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a stage begun at a given instant is due: by its park's own deadline, counted in the park's
 * time zone, or else by {@code disputes.deadlines.*}. The process's timers are set to this.
 */
@Service
public class DueDates {

    private final ParkDeadlineRows rows;
    private final DefaultDeadlines defaults;
    private final WorkingCalendar calendar;
    private final ZoneId defaultZone;

    DueDates(ParkDeadlineRows rows, DefaultDeadlines defaults, WorkingCalendar calendar,
             @Value("${disputes.calendar.time-zone:Asia/Shanghai}") ZoneId defaultZone) {
        this.rows = rows;
        this.defaults = defaults;
        this.calendar = calendar;
        this.defaultZone = defaultZone;
    }

    @Transactional(readOnly = true)
    public Instant due(String parkId, Stage stage, Instant begun) {
        ParkDeadlineRows.Setting set = rows.of(parkId, stage).orElse(new ParkDeadlineRows.Setting(null, null));
        Deadline deadline = set.deadline();
        if (deadline == null) {
            return begun.plus(defaults.of(stage));
        }
        ZonedDateTime start = begun.atZone(set.timeZone() == null ? defaultZone : ZoneId.of(set.timeZone()));
        return switch (deadline.unit()) {
            case HOURS -> begun.plus(Duration.ofHours(deadline.amount()));
            case CALENDAR_DAYS -> start.plusDays(deadline.amount()).toInstant();
            case WORKING_DAYS -> ZonedDateTime.of(calendar.addWorkingDays(start.toLocalDate(), deadline.amount()),
                    start.toLocalTime(), start.getZone()).toInstant();
        };
    }

    /** The zone a park counts its days in when it sets none. */
    ZoneId defaultZone() {
        return defaultZone;
    }
}
