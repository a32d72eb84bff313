package org.disputedesk.deadline.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.disputedesk.deadline.CalendarYear;
import org.disputedesk.deadline.WorkingCalendar;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The official calendar that working days are counted by. */
@RestController
@Tag(name = "Deadlines", description = "The official calendar, and each park's deadlines.")
class CalendarController {

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Operation(operationId = "getCalendar", summary = "Read a year of the official calendar",
            description = "The public holidays and the weekend days made working days (调休). Every other "
                    + "Saturday and Sunday is a day off; a year nobody entered has only its weekends off.")
    @ApiResponse(responseCode = "200", description = "The year's holidays and make-up working days, in order.")
    @GetMapping("/api/calendar/{year}")
    CalendarYear get(@PathVariable @Min(2000) @Max(2100) int year) {
        return calendar.year(year);
    }

    @Operation(operationId = "replaceCalendar", summary = "Replace a year of the official calendar",
            description = "By an administrator: the year's holidays and make-up working days, as the State "
                    + "Council publishes them. Deadlines in working days begun afterwards count by them.")
    @ApiResponse(responseCode = "200", description = "The year as stored: each day once, in order.")
    @ApiResponse(responseCode = "400", description = "A day of another year, a working day that is not a "
            + "Saturday or Sunday, or a day listed as both.")
    @ApiResponse(responseCode = "403", description = "Only administrators keep the calendar.")
    @PutMapping("/api/admin/calendar/{year}")
    CalendarYear replace(@AuthenticationPrincipal DeskUser user, @PathVariable @Min(2000) @Max(2100) int year,
                         @Valid @RequestBody CalendarYear days) {
        return calendar.replace(user, year, days);
    }
}
