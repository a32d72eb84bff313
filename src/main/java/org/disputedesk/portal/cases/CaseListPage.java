package org.disputedesk.portal.cases;

import java.time.LocalDate;
import java.util.List;

import org.disputedesk.complaint.CaseQuery;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Stage;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cases a user may see, newest first, filtered by stage, shop, category and lateness: a
 * buyer's own complaints, the cases against a shop operator's shops, a mediator's park queue.
 */
@Controller
class CaseListPage {

    static final int PAGE_SIZE = 25;

    private final CaseViews views;

    CaseListPage(CaseViews views) {
        this.views = views;
    }

    @GetMapping("/cases")
    String list(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) Stage stage,
                @RequestParam(required = false) String shopId, @RequestParam(required = false) Category category,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        String shop = StringUtils.hasText(shopId) ? shopId.trim() : null;
        String text = StringUtils.hasText(q) ? q.strip() : null;
        List<ComplaintView> cases = views.list(user, new CaseQuery(stage, shop, category, overdue, text, from, to),
                current, PAGE_SIZE);
        model.addAttribute("cases", cases)
                .addAttribute("hasNext", cases.size() == PAGE_SIZE)
                .addAttribute("page", current)
                .addAttribute("stage", stage)
                .addAttribute("shopId", shop)
                .addAttribute("category", category)
                .addAttribute("overdue", overdue)
                .addAttribute("q", text)
                .addAttribute("from", from)
                .addAttribute("to", to)
                .addAttribute("stages", Stage.values())
                .addAttribute("categories", Category.values());
        return "cases";
    }
}
