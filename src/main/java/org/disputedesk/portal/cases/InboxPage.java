package org.disputedesk.portal.cases;

import org.disputedesk.complaint.Inbox;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's open work, soonest deadline first, overdue cases flagged. */
@Controller
class InboxPage {

    private final Inbox inbox;

    InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String show(@AuthenticationPrincipal DeskUser user, Model model) {
        model.addAttribute("tasks", inbox.of(user));
        return "inbox";
    }
}
