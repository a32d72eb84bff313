package org.disputedesk.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditPhrase;

/** What a change of a calendar year did, as the audit log says it: the days added and removed. */
final class CalendarChange {

    /** A year's worth of dates would not fit an audit entry: the rest are counted. */
    private static final int NAMED = 20;

    static AuditDetail between(CalendarYear before, CalendarYear after) {
        return AuditDetail.of(change(AuditPhrase.HOLIDAYS, before.holidays(), after.holidays()),
                change(AuditPhrase.WORKDAYS, before.workdays(), after.workdays()));
    }

    private static AuditDetail.Said change(AuditPhrase phrase, List<LocalDate> before, List<LocalDate> after) {
        List<LocalDate> added = after.stream().filter(d -> !before.contains(d)).toList();
        List<LocalDate> removed = before.stream().filter(d -> !after.contains(d)).toList();
        return AuditDetail.phrase(phrase).with("count", after.size())
                .with("added", added.isEmpty() ? "—" : named(added))
                .with("removed", removed.isEmpty() ? "—" : named(removed));
    }

    private static String named(List<LocalDate> days) {
        String named = days.stream().limit(NAMED).map(LocalDate::toString).collect(Collectors.joining(" "));
        return days.size() <= NAMED ? named : named + " and " + (days.size() - NAMED) + " more";
    }

    private CalendarChange() {
    }
}
