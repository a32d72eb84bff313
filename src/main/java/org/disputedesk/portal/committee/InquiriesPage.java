package org.disputedesk.portal.committee;

import java.util.List;

import org.disputedesk.committee.StandardsCatalog;
import org.disputedesk.inquiry.InquiryProcess;
import org.disputedesk.inquiry.InquiryStage;
import org.disputedesk.inquiry.InquiryView;
import org.disputedesk.inquiry.InquiryViews;
import org.disputedesk.portal.forms.DeployedForms;
import org.disputedesk.portal.forms.StepForm;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The standards inquiries: the list (the committee's and administrators' all, a shop's and a park
 * administrator's their own, as the API's), and an inquiry's page with the findings that opened it, the
 * notice, the plan and the verdict, and the deployed form of the step the reader may take now.
 */
@Controller
class InquiriesPage {

    /** The step the reader may take: its endpoint's last segment, where the form posts, the task's form. */
    record Action(String segment, String endpoint, StepForm form) {
    }

    private final InquiryViews inquiries;
    private final DeployedForms forms;
    private final StandardsCatalog catalog;

    InquiriesPage(InquiryViews inquiries, DeployedForms forms, StandardsCatalog catalog) {
        this.inquiries = inquiries;
        this.forms = forms;
        this.catalog = catalog;
    }

    @GetMapping("/committee/inquiries")
    String list(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) InquiryStage stage,
            Model model) {
        model.addAttribute("inquiries", inquiries.list(user, stage, null, 0, 200))
                .addAttribute("stage", stage).addAttribute("stages", InquiryStage.values());
        return "inquiries";
    }

    @GetMapping("/committee/inquiries/{id}")
    String show(@AuthenticationPrincipal DeskUser user, @PathVariable String id, Model model) {
        InquiryView inquiry = inquiries.get(user, id);
        // an open inquiry waits on one step, whose task's form the reader fills in if the step is theirs
        Action action = inquiry.actions().isEmpty() ? null : new Action(inquiry.actions().get(0),
                "/api/committee/inquiries/" + id + "/" + inquiry.actions().get(0),
                forms.all().get(InquiryProcess.taskOf(inquiry.stage())));
        model.addAttribute("inquiry", inquiry).addAttribute("action", action)
                .addAttribute("standards", action != null && inquiry.stage() == InquiryStage.COMMITTEE_NOTICE
                        ? catalog.citable() : List.of());
        return "inquiry";
    }
}
