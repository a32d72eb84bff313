package org.disputedesk.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a list of cases is narrowed to; each part is optional. {@code overdueOnly} keeps the cases
 * past their step's deadline or flagged late in mediation, the ones a mediator chases first.
 * {@code text} finds an order by its exact reference, or a case by words of its description;
 * {@code filedFrom} and {@code filedTo} are calendar days of the parks' time, both included.
 */
public record CaseQuery(Stage stage, String shopId, Category category, boolean overdueOnly, String text,
                        LocalDate filedFrom, LocalDate filedTo) {

    /** The parks' time, in which a filing date is a day. */
    public static final ZoneId PARKS = ZoneId.of("Asia/Shanghai");

    /** The first instant of {@code day} in the parks' time: a range of days ends where the next day starts. */
    public static Instant dayStarts(LocalDate day) {
        return day.atStartOfDay(PARKS).toInstant();
    }

    /** By stage, shop, category and lateness only. */
    public CaseQuery(Stage stage, String shopId, Category category, boolean overdueOnly) {
        this(stage, shopId, category, overdueOnly, null, null, null);
    }
}
