package org.disputedesk.portal.committee;

import org.disputedesk.committee.StandardsCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The standards the committee rules on and the clauses a ruling may cite; public to every signed-in user. */
@Controller
class StandardsPage {

    private final StandardsCatalog catalog;

    StandardsPage(StandardsCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/committee/standards")
    String show(Model model) {
        model.addAttribute("standards", catalog.all());
        return "standards";
    }
}
