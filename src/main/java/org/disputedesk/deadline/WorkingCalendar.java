package org.disputedesk.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.deadline.CalendarDays.Kind;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official calendar, kept by administrators a year at a time: which days are working days. A
 * Saturday or Sunday is a day off unless it is a make-up working day (调休); a public holiday is a
 * day off whatever its weekday. A year nobody entered has its weekends off and nothing else.
 */
@Service
public class WorkingCalendar {

    private final CalendarDays days;
    private final AuditLog audit;

    WorkingCalendar(CalendarDays days, AuditLog audit) {
        this.days = days;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CalendarYear year(int year) {
        Map<LocalDate, Kind> listed = days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return new CalendarYear(ofKind(listed, Kind.HOLIDAY), ofKind(listed, Kind.WORKDAY));
    }

    /**
     * Replaces the year's holidays and working days; an administrator's action, audited when it
     * changes something. Each day must be of that year, a working day a Saturday or Sunday, and no
     * day both (400 naming each).
     */
    @Transactional
    public CalendarYear replace(DeskUser user, int year, CalendarYear asked) {
        InvalidFields.Builder check = InvalidFields.check();
        for (int i = 0; i < asked.holidays().size(); i++) {
            LocalDate day = asked.holidays().get(i);
            check.require(day.getYear() == year, "holidays[" + i + "]", "validation.calendar.year",
                    "must be a day of " + year);
            check.require(!asked.workdays().contains(day), "holidays[" + i + "]", "validation.calendar.both",
                    "must not be a working day as well");
        }
        for (int i = 0; i < asked.workdays().size(); i++) {
            LocalDate day = asked.workdays().get(i);
            check.require(day.getYear() == year, "workdays[" + i + "]", "validation.calendar.year",
                    "must be a day of " + year);
            check.require(isWeekend(day), "workdays[" + i + "]", "validation.calendar.weekend",
                    "must be a Saturday or a Sunday: any other day is a working day already");
        }
        check.throwIfAny();
        if (!user.is(Role.ADMIN)) {
            throw new ActionForbidden("Only administrators keep the calendar.");
        }
        CalendarYear next = asked.normalized();
        CalendarYear before = year(year);
        if (!next.equals(before)) {
            days.replace(year, next);
            audit.record(user.username(), AuditAction.CALENDAR_CHANGED, "calendar:" + year, null,
                    CalendarChange.between(before, next));
        }
        return next;
    }

    /** The {@code n}th working day after {@code from}. */
    LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            // the listed days of a stretch long enough for most deadlines, read at once
            LocalDate end = day.plusDays(2L * n + 31);
            Map<LocalDate, Kind> listed = days.between(day.plusDays(1), end);
            while (counted < n && day.isBefore(end)) {
                day = day.plusDays(1);
                if (isWorkingDay(day, listed.get(day))) {
                    counted++;
                }
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day, Kind listed) {
        return listed == null ? !isWeekend(day) : listed == Kind.WORKDAY;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<LocalDate> ofKind(Map<LocalDate, Kind> listed, Kind kind) {
        return listed.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).toList();
    }
}
