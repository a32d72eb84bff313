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

/** Filing and reading complaints, the timeline and the caller's inbox. */
@RestController
class ComplaintController {

    private final ComplaintFiling filing;
    private final CaseViews views;
    private final Inbox inbox;

    ComplaintController(ComplaintFiling filing, CaseViews views, Inbox inbox) {
        this.filing = filing;
        this.views = views;
        this.inbox = inbox;
    }

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

    @GetMapping("/api/complaints/{id}")
    ComplaintView get(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return views.get(user, id);
    }

    @GetMapping("/api/complaints/{id}/timeline")
    List<Timeline.Entry> timeline(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return views.timeline(user, id);
    }

    @GetMapping("/api/tasks")
    List<Inbox.Task> tasks(@AuthenticationPrincipal DeskUser user) {
        return inbox.of(user);
    }
}
