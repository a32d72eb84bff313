package org.disputedesk.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** What a change of a calendar year did, as the audit log says it: the days added and removed. */
final class CalendarChange {

    /** A year's worth of dates would not fit an audit entry: the rest are counted. */
    private static final int NAMED = 20;

    static String between(CalendarYear before, CalendarYear after) {
        return "holidays: " + change(before.holidays(), after.holidays())
                + "; working days: " + change(before.workdays(), after.workdays());
    }

    private static String change(List<LocalDate> before, List<LocalDate> after) {
        List<LocalDate> added = after.stream().filter(d -> !before.contains(d)).toList();
        List<LocalDate> removed = before.stream().filter(d -> !after.contains(d)).toList();
        return after.size() + (added.isEmpty() ? "" : ", added " + named(added))
                + (removed.isEmpty() ? "" : ", removed " + named(removed));
    }

    private static String named(List<LocalDate> days) {
        String named = days.stream().limit(NAMED).map(LocalDate::toString).collect(Collectors.joining(" "));
        return days.size() <= NAMED ? named : named + " and " + (days.size() - NAMED) + " more";
    }

    private CalendarChange() {
    }
}
