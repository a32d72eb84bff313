package org.disputedesk.deadline;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A year of the official calendar: the public holidays, when the parks' shops are closed, and the
 * weekend days made working days (调休). Every other Saturday and Sunday is a day off.
 */
public record CalendarYear(
        @Schema(description = "The public holidays, days of the year.")
        @NotNull @Size(max = 366) List<@NotNull LocalDate> holidays,
        @Schema(description = "The Saturdays and Sundays made working days.")
        @NotNull @Size(max = 366) List<@NotNull LocalDate> workdays) {

    /** The same days, each once, in order. */
    CalendarYear normalized() {
        return new CalendarYear(holidays.stream().distinct().sorted().toList(),
                workdays.stream().distinct().sorted().toList());
    }
}
