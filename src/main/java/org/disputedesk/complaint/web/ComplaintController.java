package org.disputedesk.complaint.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseQuery;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Inbox;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reading complaints, their timelines and the caller's inbox. */
@RestController
@Tag(name = "Complaints", description = "Filing and reading complaints, their timelines, and the caller's open work.")
class ComplaintController {

    private final CaseViews views;
    private final Inbox inbox;

    ComplaintController(CaseViews views, Inbox inbox) {
        this.views = views;
        this.inbox = inbox;
    }

    @Operation(operationId = "listComplaints", summary = "List the complaints the caller may see",
            description = "Newest first, a page at a time; filtered by stage, shop, category and lateness; `q` finds "
                    + "an order by its exact reference or words of the description; `from` and `to` are filing "
                    + "dates (China Standard Time), both included.")
    @GetMapping("/api/complaints")
    List<ComplaintView> list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @Size(max = 64) String shopId,
            @RequestParam(required = false) Category category,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return views.list(user, new CaseQuery(stage, shopId, category, overdue, q == null || q.isBlank() ? null
                : q.strip(), from, to), page, size);
    }

    @Operation(operationId = "getComplaint", summary = "Read a complaint",
            description = "With `actions`: the steps the caller may take on it now, by their path's last segment.")
    @GetMapping("/api/complaints/{id}")
    ComplaintView get(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return views.get(user, id);
    }

    @Operation(operationId = "getTimeline", summary = "Read a complaint's timeline",
            description = "Append-only: who did what, when, and from which stage.")
    @GetMapping("/api/complaints/{id}/timeline")
    List<Timeline.Entry> timeline(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return views.timeline(user, id);
    }

    @Operation(operationId = "listTasks", summary = "List the caller's open work",
            description = "The cases waiting on the caller, with their deadlines.")
    @GetMapping("/api/tasks")
    List<Inbox.Task> tasks(@AuthenticationPrincipal DeskUser user) {
        return inbox.of(user);
    }
}
