package org.disputedesk.complaint.web;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading complaints, their timelines and the caller's inbox. */
@RestController
class ComplaintController {

    private final CaseViews views;
    private final Inbox inbox;

    ComplaintController(CaseViews views, Inbox inbox) {
        this.views = views;
        this.inbox = inbox;
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
