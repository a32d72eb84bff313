package org.disputedesk.portal;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where each role lands after signing in: its inbox; the administrator's is Cockpit. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(@AuthenticationPrincipal DeskUser user) {
        return user.is(Role.ADMIN) ? "redirect:/camunda/app/cockpit/default/" : "redirect:/inbox";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
