package org.disputedesk.complaint.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseQuery;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.ComplaintFiling;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.FilingRequest;
import org.disputedesk.complaint.Inbox;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.security.DeskUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Filing and reading complaints, the timeline and the caller's inbox. */
@RestController
@Tag(name = "Complaints", description = "Filing and reading complaints, their timelines, and the caller's open work.")
class ComplaintController {

    private final ComplaintFiling filing;
    private final CaseViews views;
    private final Inbox inbox;

    ComplaintController(ComplaintFiling filing, CaseViews views, Inbox inbox) {
        this.filing = filing;
        this.views = views;
        this.inbox = inbox;
    }

    @Operation(operationId = "fileComplaint", summary = "File a complaint",
            description = "By a buyer. With an `Idempotency-Key`, the same key and body again answer the complaint "
                    + "filed the first time (200), and the same key with another body is refused (422).")
    @ApiResponse(responseCode = "201", description = "Filed: the new complaint.")
    @ApiResponse(responseCode = "200", description = "Filed before under the same `Idempotency-Key`: that complaint.",
            headers = @Header(name = "Location", schema = @Schema(type = "string", format = "uri-reference"),
                    description = "The complaint filed before."))
    @ApiResponse(responseCode = "403", description = "Only buyers file complaints.")
    @ApiResponse(responseCode = "422", description = "Refused by a rule: no such shop, a claimed amount over the order "
            + "amount, an open complaint about the same order, or an `Idempotency-Key` used with another body.")
    @ApiResponse(responseCode = "429", description = "The buyer filed the most complaints allowed in the window.")
    @PostMapping("/api/complaints")
    ResponseEntity<ComplaintView> file(@AuthenticationPrincipal DeskUser buyer,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 128) String key,
            @Valid @RequestBody FilingRequest request) {
        CaseViews.Answered<ComplaintFiling.Filed> answered =
                views.after(buyer, () -> filing.file(buyer, request, key), ComplaintFiling.Filed::id);
        ComplaintFiling.Filed filed = answered.result();
        ComplaintView complaint = answered.view();
        return filed.created()
                ? ResponseEntity.created(URI.create("/api/complaints/" + filed.id())).body(complaint)
                : ResponseEntity.ok().location(URI.create("/api/complaints/" + filed.id())).body(complaint);
    }

    @Operation(operationId = "listComplaints", summary = "List the complaints the caller may see",
            description = "Newest first, a page at a time; filtered by stage, shop, category and lateness.")
    @GetMapping("/api/complaints")
    List<ComplaintView> list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @Size(max = 64) String shopId,
            @RequestParam(required = false) Category category,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return views.list(user, new CaseQuery(stage, shopId, category, overdue), page, size);
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
