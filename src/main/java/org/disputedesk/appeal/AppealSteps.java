package org.disputedesk.appeal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.Appeal;
import org.disputedesk.complaint.AppealDecision;
import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Evidence;
import org.disputedesk.complaint.Liabilities;
import org.disputedesk.complaint.LiabilityShare;
import org.disputedesk.complaint.LiabilitySplit;
import org.disputedesk.complaint.Party;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.Terms;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
import org.disputedesk.complaint.TimelineEntry.Actor;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.process.TaskForm;
import org.disputedesk.process.TaskStep;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeal of a mediator's ruling: a party (the buyer, or the shop's operators) appeals within the
 * ruling's window, citing new evidence; a mediator of the park other than the one who ruled upholds
 * or overturns the ruling, and the result takes effect at once.
 */
@Service
public class AppealSteps implements TaskStep {

    public record AppealRequest(
            @NotBlank @Size(max = 4000) String grounds,
            @NotNull @Size(max = 20) List<@NotNull Long> evidenceIds) {
    }

    public record AppealDecisionRequest(
            @NotNull AppealDecision decision,
            Remedy remedy,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 4000) String reasoning,
            @Size(max = 4) List<@Valid @NotNull LiabilityShare> liability) {

        /** A decision that divides no liability (or leaves it all to the shop). */
        public AppealDecisionRequest(AppealDecision decision, Remedy remedy, BigDecimal amount, String reasoning) {
            this(decision, remedy, amount, reasoning, null);
        }
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Evidence evidence;
    private final Timeline timeline;
    private final ProcessSteps process;
    private final CaseViews views;
    private final Liabilities liabilities;

    AppealSteps(CaseSteps steps, Complaints complaints, Evidence evidence, Timeline timeline, ProcessSteps process,
                CaseViews views, Liabilities liabilities) {
        this.liabilities = liabilities;
        this.steps = steps;
        this.complaints = complaints;
        this.evidence = evidence;
        this.timeline = timeline;
        this.process = process;
        this.views = views;
    }

    @Transactional
    public ComplaintView appeal(DeskUser party, String id, AppealRequest request) {
        Complaint complaint = steps.begin(party, id, Step.APPEAL);
        appeal(party, Party.valueOf(party.role().name()), complaint, request);
        process.complete(complaint);
        return views.get(party, id);
    }

    @Transactional
    public ComplaintView decide(DeskUser mediator, String id, AppealDecisionRequest request) {
        Complaint complaint = steps.begin(mediator, id, Step.APPEAL_DECISION);
        decide(mediator, complaint, request);
        process.complete(complaint);
        return views.get(mediator, id);
    }

    @Override
    public boolean takes(String taskId) {
        return Tasks.APPEAL_WINDOW.equals(taskId) || Tasks.APPEAL_REVIEW.equals(taskId);
    }

    /**
     * Through the engine, an operator files the appeal for the party the form names, and decides an
     * appeal only of a ruling they did not make.
     */
    @Override
    public void takeFromForm(String taskId, DeskUser actor, String complaintId, TaskForm form) {
        if (Tasks.APPEAL_WINDOW.equals(taskId)) {
            Party party = form.choice("party", Party.class);
            AppealRequest request = form.valid(new AppealRequest(form.text("grounds"), form.ids("evidenceIds")));
            InvalidFields.check().require(party != null, "party", "problem.field.requiredForOperator",
                    "is required when an operator files the appeal")
                    .require(party != Party.STREAMER, "party", "problem.field.appealByParty",
                            "must be the buyer or the shop: only they appeal a ruling").throwIfAny();
            appeal(actor, party, steps.beginThroughEngine(complaintId, Step.APPEAL), request);
        } else {
            AppealDecisionRequest request = form.valid(new AppealDecisionRequest(
                    form.choice("decision", AppealDecision.class), form.choice("remedy", Remedy.class),
                    form.amount("amount"), form.text("reasoning"), form.liability("liability")));
            Complaint complaint = steps.beginThroughEngine(complaintId, Step.APPEAL_DECISION);
            if (Step.isRuler(actor, complaint)) {
                throw new ActionForbidden("The mediator who ruled may not decide the appeal of the ruling.");
            }
            decide(actor, complaint, request);
        }
    }

    private void appeal(DeskUser user, Party party, Complaint complaint, AppealRequest request) {
        complaint.appeal(party, user.username(), request.grounds(), request.evidenceIds(),
                evidence.of(user, complaint.id()), EngineClock.now());
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(Actor.of(user), TimelineAction.APPEALED, complaint.stage())
                .with("party", party)
                .with("evidence", request.evidenceIds().stream().map(id -> "#" + id).collect(Collectors.joining(", ")))
                .with("text", request.grounds()));
    }

    /**
     * Overturning a ruling for the shop awards the buyer terms, within the same bounds as a ruling's, and
     * divides liability anew; overturning a ruling for the buyer leaves nobody liable.
     */
    private void decide(DeskUser mediator, Complaint complaint, AppealDecisionRequest request) {
        boolean awards = Appeal.awards(complaint.ruling(), request.decision());
        String required = "problem.field.requiredToOverturn";
        String why = "is required to overturn a ruling for the shop";
        InvalidFields.check()
                .require(!awards || request.remedy() != null, "remedy", required, why)
                .require(!awards || request.amount() != null, "amount", required, why)
                .throwIfAny();
        LiabilitySplit.checkShape(request.liability(), awards);
        LiabilitySplit split = LiabilitySplit.of(complaint, request.liability());
        Instant now = EngineClock.now();
        complaint.decideAppeal(request.decision(), awards ? new Terms(request.remedy(), request.amount()) : null,
                request.reasoning(), mediator.username(), now);
        complaints.save(complaint);
        if (awards) {
            liabilities.replace(complaint.id(), Liabilities.Ruling.APPEAL, split, now);
        } else if (request.decision() == AppealDecision.OVERTURN) {
            liabilities.clear(complaint.id());
        }
        TimelineAction action = TimelineAction.of(request.decision(), Appeal.buyerPrevails(complaint));
        TimelineEntry entry = TimelineEntry.of(Actor.of(mediator), action, complaint.stage());
        timeline.append(complaint.id(), awards ? entry.with("remedy", request.remedy())
                .with("amount", request.amount()).with("text", request.reasoning()).with("liability", split.said())
                : entry.with("text", request.reasoning()));
    }
}
