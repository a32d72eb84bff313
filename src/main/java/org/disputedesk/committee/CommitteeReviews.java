package org.disputedesk.committee;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.CommitteeFindings.Citation;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Finding;
import org.disputedesk.complaint.Liabilities;
import org.disputedesk.complaint.LiabilityShare;
import org.disputedesk.complaint.LiabilitySplit;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
import org.disputedesk.complaint.TimelineEntry.Actor;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.process.TaskForm;
import org.disputedesk.process.TaskStep;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.InvalidFields;
import org.disputedesk.web.RuleViolated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's ruling on an escalated case. A NONCONFORMING finding records one violation per
 * cited clause against the shop, and is announced ({@link NonconformingFindingRecorded}) for the
 * standards inquiries; the case returns to mediation with the ruling attached.
 */
@Service
public class CommitteeReviews implements TaskStep {

    public record CitationRequest(@NotBlank @Size(max = 40) String standard, @NotBlank @Size(max = 20) String clause) {

        /** The rows of a form's citations list (Tasklist's dynamic list), the wholly empty ones left out. */
        public static List<CitationRequest> fromForm(TaskForm form) {
            return form.entries("citations").stream()
                    .map(entry -> new CitationRequest(text(entry.get("standard")), text(entry.get("clause"))))
                    .filter(c -> c.standard() != null || c.clause() != null)
                    .toList();
        }
    }

    public record RulingRequest(
            @NotNull Finding finding,
            @Size(max = 20) List<@Valid @NotNull CitationRequest> citations,
            @NotBlank @Size(max = 4000) String reasoning,
            @Size(max = 4) List<@Valid @NotNull LiabilityShare> liability) {

        /** A ruling that divides no liability (or leaves it all to the shop). */
        public RulingRequest(Finding finding, List<CitationRequest> citations, String reasoning) {
            this(finding, citations, reasoning, null);
        }
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final CommitteeRulings rulings;
    private final Violations violations;
    private final StandardsCatalog catalog;
    private final ProcessSteps process;
    private final CaseViews views;
    private final Liabilities liabilities;
    private final ApplicationEventPublisher events;

    CommitteeReviews(CaseSteps steps, Complaints complaints, Timeline timeline, CommitteeRulings rulings,
                     Violations violations, StandardsCatalog catalog, ProcessSteps process, CaseViews views,
                     Liabilities liabilities, ApplicationEventPublisher events) {
        this.liabilities = liabilities;
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.rulings = rulings;
        this.violations = violations;
        this.catalog = catalog;
        this.process = process;
        this.views = views;
        this.events = events;
    }

    @Transactional
    public ComplaintView rule(DeskUser member, String id, RulingRequest request) {
        List<Citation> citations = citations(request);
        Complaint complaint = steps.begin(member, id, Step.COMMITTEE_RULING);
        rule(Actor.of(member), complaint, request, citations);
        process.complete(complaint);
        return views.get(member, id);
    }

    @Override
    public boolean takes(String taskId) {
        return Tasks.COMMITTEE_REVIEW.equals(taskId);
    }

    @Override
    public void takeFromForm(String taskId, DeskUser actor, String complaintId, TaskForm form) {
        RulingRequest request = form.valid(new RulingRequest(form.choice("finding", Finding.class),
                CitationRequest.fromForm(form), form.text("reasoning"), form.liability("liability")));
        List<Citation> citations = citations(request);
        rule(Actor.of(actor), steps.beginThroughEngine(complaintId, Step.COMMITTEE_RULING), request, citations);
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }

    /** The request's citations, each once; a NONCONFORMING finding must cite at least one (else 400). */
    private static List<Citation> citations(RulingRequest request) {
        List<Citation> citations = StandardsCatalog.distinct(request.citations());
        InvalidFields.check()
                .require(request.finding() != Finding.NONCONFORMING || !citations.isEmpty(), "citations",
                        "problem.field.citationsRequired", "a NONCONFORMING finding must cite at least one clause")
                .throwIfAny();
        LiabilitySplit.checkShape(request.liability(), request.finding() == Finding.NONCONFORMING);
        return citations;
    }

    private void rule(Actor actor, Complaint complaint, RulingRequest request, List<Citation> citations) {
        citations.forEach(catalog::requireCitable);
        LiabilitySplit split = LiabilitySplit.of(complaint, request.liability());
        Instant now = EngineClock.now();
        complaint.committeeRuled(now);
        long rulingId = rulings.add(complaint.id(), actor.username(), request.finding(), request.reasoning(),
                citations, now);
        boolean nonconforming = request.finding() == Finding.NONCONFORMING;
        if (nonconforming) {
            citations.forEach(c -> violations.record(complaint.id(), complaint.shopId(), complaint.parkId(), rulingId,
                    c, now));
            liabilities.replace(complaint.id(), Liabilities.Ruling.COMMITTEE, split, now);
            events.publishEvent(new NonconformingFindingRecorded(complaint.id(), complaint.shopId(),
                    complaint.parkId(), now));
        }
        complaint.touch(now);
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(actor, TimelineAction.of(request.finding()),
                complaint.stage()).with("citations", StandardsCatalog.listed(citations)).with("text", request.reasoning())
                .with("liability", nonconforming ? split.said() : null));
    }
}
