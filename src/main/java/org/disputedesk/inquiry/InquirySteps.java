package org.disputedesk.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.committee.CommitteeReviews.CitationRequest;
import org.disputedesk.committee.StandardsCatalog;
import org.disputedesk.complaint.CommitteeFindings.Citation;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.ActionForbidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an inquiry, each in one transaction: the facts written on the inquiry and its task completed,
 * or neither. The caller must see the inquiry (else 404), hold the step's role (403) and find the inquiry at
 * the step's stage (409); a notice's citations are checked as a finding's (422). Each step tells the party
 * the inquiry now waits on ({@link InquiryStageReached}).
 */
@Service
public class InquirySteps {

    public record NoticeRequest(@NotBlank @Size(max = 4000) String requirements,
                                @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull CitationRequest> citations) {
    }

    public record PlanRequest(@NotBlank @Size(max = 8000) String plan) {
    }

    public record VerificationRequest(@NotNull Verdict verdict, @NotBlank @Size(max = 4000) String reasoning) {
    }

    private final Inquiries inquiries;
    private final InquiryViews views;
    private final InquiryEngine engine;
    private final StandardsCatalog catalog;
    private final Duration planDeadline;
    private final ApplicationEventPublisher events;

    InquirySteps(Inquiries inquiries, InquiryViews views, InquiryEngine engine, StandardsCatalog catalog,
                 @Value("${disputes.deadlines.corrective-plan:P15D}") Duration planDeadline,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.inquiries = inquiries;
        this.views = views;
        this.engine = engine;
        this.catalog = catalog;
        this.planDeadline = planDeadline;
    }

    /** The committee's notice: what the shop must correct, citing clauses; the plan is due after the deadline. */
    @Transactional
    public InquiryView notice(DeskUser member, String id, NoticeRequest request) {
        Inquiry inquiry = begin(member, id, InquiryStage.COMMITTEE_NOTICE);
        List<Citation> citations = StandardsCatalog.distinct(request.citations());
        citations.forEach(catalog::requireCitable);
        Instant now = EngineClock.now();
        Instant planDue = now.plus(planDeadline);
        require(inquiries.noticeSent(id, request.requirements(), citations, member.username(), now, planDue), id);
        engine.complete(inquiry, InquiryStage.COMMITTEE_NOTICE);
        reached(inquiry, InquiryStage.CORRECTIVE_PLAN, planDue, null, now);
        return views.get(member, id);
    }

    @Transactional
    public InquiryView correctivePlan(DeskUser operator, String id, PlanRequest request) {
        Inquiry inquiry = begin(operator, id, InquiryStage.CORRECTIVE_PLAN);
        Instant now = EngineClock.now();
        require(inquiries.planSent(id, request.plan(), operator.username(), now), id);
        engine.complete(inquiry, InquiryStage.CORRECTIVE_PLAN);
        reached(inquiry, InquiryStage.VERIFICATION, null, null, now);
        return views.get(operator, id);
    }

    @Transactional
    public InquiryView verify(DeskUser member, String id, VerificationRequest request) {
        Inquiry inquiry = begin(member, id, InquiryStage.VERIFICATION);
        Instant now = EngineClock.now();
        require(inquiries.close(id, InquiryStage.VERIFICATION, request.verdict(), request.reasoning(),
                member.username(), now), id);
        engine.complete(inquiry, InquiryStage.VERIFICATION);
        reached(inquiry, InquiryStage.CLOSED, null, request.verdict(), now);
        return views.get(member, id);
    }

    private Inquiry begin(DeskUser user, String id, InquiryStage step) {
        Inquiry inquiry = views.visible(user, id);
        if (!InquiryViews.mayTake(user, inquiry, step)) {
            throw new ActionForbidden(step == InquiryStage.CORRECTIVE_PLAN
                    ? "The corrective plan is sent by the shop's operators."
                    : "The standards committee sends an inquiry's notice and verifies the correction.");
        }
        if (inquiry.stage() != step) {
            throw new InquiryStepNotOpen(inquiry.stage());
        }
        return inquiry;
    }

    private void reached(Inquiry inquiry, InquiryStage stage, Instant dueAt, Verdict verdict, Instant at) {
        events.publishEvent(new InquiryStageReached(inquiry.id(), inquiry.shopId(), inquiry.parkId(), stage, dueAt,
                verdict, at));
    }

    /** The update found the inquiry moved on: another request or the plan's deadline took the step first. */
    private void require(boolean moved, String id) {
        if (!moved) {
            throw new InquiryStepNotOpen(inquiries.find(id).orElseThrow().stage());
        }
    }
}
