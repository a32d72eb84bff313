package org.disputedesk.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_days table: the days that are not what their weekday says. */
@Repository
class CalendarDays {

    /** A public holiday, or a weekend day made a working day. */
    enum Kind { HOLIDAY, WORKDAY }

    private final JdbcClient jdbc;

    CalendarDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The listed days from {@code from} to {@code to}, both included. */
    Map<LocalDate, Kind> between(LocalDate from, LocalDate to) {
        Map<LocalDate, Kind> days = new TreeMap<>();
        jdbc.sql("select calendar_date, kind from calendar_days where calendar_date between ? and ?").params(from, to)
                .query(rs -> {
                    days.put(rs.getObject("calendar_date", LocalDate.class), Kind.valueOf(rs.getString("kind")));
                });
        return days;
    }

    /** Replaces the listed days of {@code year} with {@code days}. */
    void replace(int year, CalendarYear days) {
        jdbc.sql("delete from calendar_days where calendar_date between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        days.holidays().forEach(day -> insert(day, Kind.HOLIDAY));
        days.workdays().forEach(day -> insert(day, Kind.WORKDAY));
    }

    private void insert(LocalDate day, Kind kind) {
        jdbc.sql("insert into calendar_days (calendar_date, kind) values (?, ?)").params(day, kind.name()).update();
    }
}
