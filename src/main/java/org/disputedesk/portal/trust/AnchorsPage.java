package org.disputedesk.portal.trust;

import org.disputedesk.trust.Anchoring;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The published anchors, for anyone, signed in or not: the roots to keep and check cases against. */
@Controller
class AnchorsPage {

    private static final int PAGE_SIZE = 50;

    private final Anchoring anchoring;

    AnchorsPage(Anchoring anchoring) {
        this.anchoring = anchoring;
    }

    @GetMapping("/anchors")
    String show(@RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, Math.min(page, 100_000));
        model.addAttribute("anchors", anchoring.page(shown, PAGE_SIZE))
                .addAttribute("page", shown)
                .addAttribute("pageSize", PAGE_SIZE);
        return "anchors";
    }
}
