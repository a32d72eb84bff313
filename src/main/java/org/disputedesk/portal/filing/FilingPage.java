package org.disputedesk.portal.filing;

import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.park.Shops;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The buyer's complaint form. It posts to {@code POST /api/complaints} with an Idempotency-Key,
 * so a double click or a retry after a lost answer files one complaint; evidence follows.
 */
@Controller
class FilingPage {

    /** Enough to pick from; any other shop id can still be typed. */
    private static final int SHOP_CHOICES = 500;

    private final Shops shops;

    FilingPage(Shops shops) {
        this.shops = shops;
    }

    @GetMapping("/complaints/new")
    String form(@AuthenticationPrincipal DeskUser user, Model model) {
        if (!user.is(Role.BUYER)) {
            throw new ActionForbidden("Only buyers file complaints.");
        }
        model.addAttribute("shops", shops.first(SHOP_CHOICES))
                .addAttribute("categories", Category.values())
                .addAttribute("remedies", Remedy.values());
        return "file";
    }
}
