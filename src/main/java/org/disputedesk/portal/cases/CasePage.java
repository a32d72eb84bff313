package org.disputedesk.portal.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.disputedesk.committee.StandardsCatalog;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Evidence;
import org.disputedesk.complaint.Messages;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineText;
import org.disputedesk.park.Directory;
import org.disputedesk.park.StreamerProfile;
import org.disputedesk.park.Streamers;
import org.disputedesk.portal.forms.DeployedForms;
import org.disputedesk.portal.forms.StepForm;
import org.disputedesk.security.DeskUser;
import org.disputedesk.trust.CaseVerification;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case: its facts, the process picture with the step it waits in, the timeline with whether it is
 * as it was written, messages and evidence, and a form for each step the viewer may take now. Every form
 * posts to the API.
 */
@Controller
class CasePage {

    /** A step the viewer may take: where it posts and, for the process's steps, the deployed form. */
    record Action(String segment, String endpoint, StepForm form) {
    }

    /**
     * A timeline entry in the reader's language; entries recorded before facts were kept show their text,
     * erased ones neither (nor the buyer as their actor: the role says who acted).
     */
    record ShownEntry(Instant at, String actor, String role, TimelineAction action, Stage stage, String detail,
                      boolean erased) {
    }

    private final CaseViews views;
    private final Messages messages;
    private final Evidence evidence;
    private final DeployedForms forms;
    private final CaseProgress progress;
    private final ProcessPicture picture;
    private final StandardsCatalog standards;
    private final TimelineText timelineText;
    private final Directory directory;
    private final CaseVerification verification;
    private final Streamers streamers;

    CasePage(CaseViews views, Messages messages, Evidence evidence, DeployedForms forms, CaseProgress progress,
             ProcessPicture picture, StandardsCatalog standards, TimelineText timelineText, Directory directory,
             CaseVerification verification, Streamers streamers) {
        this.streamers = streamers;
        this.verification = verification;
        this.timelineText = timelineText;
        this.directory = directory;
        this.views = views;
        this.messages = messages;
        this.evidence = evidence;
        this.forms = forms;
        this.progress = progress;
        this.picture = picture;
        this.standards = standards;
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal DeskUser user, @PathVariable String id, Model model, Locale locale) {
        ComplaintView view = views.get(user, id);
        CaseProgress.Progress path = progress.of(id);
        List<Action> actions = new ArrayList<>();
        for (String segment : view.actions()) {
            Step step = Arrays.stream(Step.values()).filter(s -> s.segment().equals(segment)).findFirst().orElseThrow();
            if (step != Step.MESSAGES && step != Step.EVIDENCE) {
                actions.add(new Action(segment, endpoint(id, step), forms.of(step).orElse(null)));
            }
        }
        model.addAttribute("case", view)
                .addAttribute("shopName", directory.shop(view.shopId()).nameIn(locale))
                .addAttribute("streamerName", view.streamerId() == null ? null
                        : streamers.find(view.streamerId()).map(StreamerProfile::name).orElse(view.streamerId()))
                .addAttribute("actions", actions)
                .addAttribute("canWrite", view.actions().contains(Step.MESSAGES.segment()))
                .addAttribute("canUpload", view.actions().contains(Step.EVIDENCE.segment()))
                .addAttribute("timeline", views.timeline(user, id).stream().map(e -> new ShownEntry(e.at(), e.actor(),
                        e.role(), e.action(), e.stage(), e.facts().isEmpty() ? e.detail()
                        : timelineText.say(e.action(), e.facts(), locale), e.erased())).toList())
                .addAttribute("verification", verification.verify(user, id))
                .addAttribute("messages", messages.of(user, id))
                .addAttribute("evidence", evidence.of(user, id))
                .addAttribute("standards", view.actions().contains(Step.COMMITTEE_RULING.segment())
                        || view.actions().contains(Step.DECISION.segment()) ? standards.citable() : List.of())
                .addAttribute("picture", picture.svg(path.processDefinitionId(), path.current(), path.passed(), locale));
        return "case";
    }

    private static String endpoint(String id, Step step) {
        boolean mediation = step == Step.CLAIM || step == Step.DECISION;
        return "/api/complaints/" + id + (mediation ? "/mediation/" : "/") + step.segment();
    }
}
