package org.disputedesk.portal.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.disputedesk.complaint.EngineClock;
import org.disputedesk.deadline.CalendarYear;
import org.disputedesk.deadline.DeadlineUnit;
import org.disputedesk.deadline.ParkDeadlineSettings;
import org.disputedesk.deadline.StageDeadline;
import org.disputedesk.deadline.WorkingCalendar;
import org.disputedesk.park.Park;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A park's deadlines, for its administrator (their park) and administrators (any park), and the
 * official calendar, kept by administrators and read by park administrators. The pages read; their
 * forms put to the API ({@code PUT /api/admin/parks/{parkId}/deadlines},
 * {@code PUT /api/admin/calendar/{year}}), whose refusals they show.
 */
@Controller
class DeadlinePages {

    /** A stage's row of the deadlines' form. */
    record Row(StageDeadline stage) {

        /**
         * How the installation's deadline reads: {@code days} or {@code hours} when it is a whole
         * number of them, else {@code asIs} (a demo's seconds).
         */
        public String fallbackIn() {
            Duration fallback = stage.fallback();
            return fallback.toSecondsPart() != 0 || fallback.toMinutesPart() != 0 ? "asIs"
                    : fallback.toHoursPart() == 0 ? "days" : "hours";
        }

        public long fallbackAmount() {
            return fallbackIn().equals("days") ? stage.fallback().toDays() : stage.fallback().toHours();
        }
    }

    /** The years the calendar's API takes. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final AdministeredParks parks;
    private final ParkDeadlineSettings settings;
    private final WorkingCalendar calendar;

    DeadlinePages(AdministeredParks parks, ParkDeadlineSettings settings, WorkingCalendar calendar) {
        this.parks = parks;
        this.settings = settings;
        this.calendar = calendar;
    }

    /** The deadlines of one park: a park administrator's own, an administrator's choice (the first park at first). */
    @GetMapping("/admin/deadlines")
    String deadlines(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) String parkId,
                     Model model) {
        AdministeredParks.Choice choice = parks.choice(user, parkId);
        String park = choice.chosen() != null ? choice.chosen()
                : choice.parks().stream().findFirst().map(Park::id).orElse(null);
        model.addAttribute("choice", new AdministeredParks.Choice(choice.parks(), park, choice.free()))
                .addAttribute("units", DeadlineUnit.values());
        if (park != null) {
            ParkDeadlineSettings.View view = settings.of(park);
            model.addAttribute("view", view).addAttribute("rows", view.stages().stream().map(Row::new).toList());
        }
        return "admin-deadlines";
    }

    /** A year of the official calendar, this year's at first; an administrator edits it. */
    @GetMapping("/admin/calendar")
    String calendar(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) Integer year,
                    Model model) {
        parks.of(user);
        int shown = year == null ? LocalDate.ofInstant(EngineClock.now(), ZoneOffset.UTC).getYear()
                : Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
        CalendarYear days = calendar.year(shown);
        model.addAttribute("year", shown).addAttribute("days", days)
                .addAttribute("lines", Map.of("holidays", lines(days.holidays()), "workdays", lines(days.workdays())))
                .addAttribute("canEdit", user.is(Role.ADMIN))
                .addAttribute("previous", shown > FIRST_YEAR ? shown - 1 : null)
                .addAttribute("next", shown < LAST_YEAR ? shown + 1 : null);
        return "admin-calendar";
    }

    /** Days as a textarea holds them, one a line. */
    private static String lines(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
    }
}
