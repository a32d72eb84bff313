package org.disputedesk.deadline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A park's deadline for one stage: {@code amount} hours, calendar days or working days. A deadline
 * in days ends at the time of day its stage began, on the last of those days.
 */
public record Deadline(
        @Schema(description = "How many hours or days: 1 to 8760 hours, or 1 to 366 days.", example = "2")
        @NotNull @Min(1) @Max(MAX_HOURS) Integer amount,
        @NotNull DeadlineUnit unit) {

    static final int MAX_HOURS = 8760;
    /** A deadline of more than a year is a mistake, whatever its unit. */
    static final int MAX_DAYS = 366;

    boolean withinAYear() {
        return unit == DeadlineUnit.HOURS || amount <= MAX_DAYS;
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
