package org.disputedesk.committee;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.process.EngineClock;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.InvalidFields;
import org.disputedesk.web.RuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's ruling on an escalated case. A NONCONFORMING finding records one violation per
 * cited clause against the shop; the case returns to mediation with the ruling attached.
 */
@Service
public class CommitteeReviews {

    public record CitationRequest(@NotBlank @Size(max = 40) String standard, @NotBlank @Size(max = 20) String clause) {
    }

    public record RulingRequest(
            @NotNull Finding finding,
            @Size(max = 20) List<@Valid @NotNull CitationRequest> citations,
            @NotBlank @Size(max = 4000) String reasoning) {
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final CommitteeRulings rulings;
    private final Violations violations;
    private final StandardsCatalog catalog;
    private final ProcessSteps process;

    CommitteeReviews(CaseSteps steps, Complaints complaints, Timeline timeline, CommitteeRulings rulings,
                     Violations violations, StandardsCatalog catalog, ProcessSteps process) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.rulings = rulings;
        this.violations = violations;
        this.catalog = catalog;
        this.process = process;
    }

    @Transactional
    public void rule(DeskUser member, String id, RulingRequest request) {
        List<CommitteeRulings.Citation> citations = request.citations() == null ? List.of()
                : request.citations().stream()
                        .map(c -> new CommitteeRulings.Citation(c.standard().strip(), c.clause().strip()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        InvalidFields.check()
                .require(request.finding() != Finding.NONCONFORMING || !citations.isEmpty(), "citations",
                        "a NONCONFORMING finding must cite at least one clause")
                .throwIfAny();
        Complaint complaint = steps.begin(member, id, Step.COMMITTEE_RULING);
        for (CommitteeRulings.Citation citation : citations) {
            if (!catalog.hasClause(citation.standard(), citation.clause())) {
                throw new RuleViolated("The catalog has no clause " + citation.clause() + " of "
                        + citation.standard() + ".");
            }
        }
        Instant now = EngineClock.now();
        long rulingId = rulings.add(id, member.username(), request.finding(), request.reasoning(), citations, now);
        if (request.finding() == Finding.NONCONFORMING) {
            citations.forEach(c -> violations.record(id, complaint.shopId(), complaint.parkId(), rulingId, c, now));
        }
        complaints.touched(id, now);
        timeline.append(id, member.username(), Role.COMMITTEE.name(), "RULED_" + request.finding().name(),
                complaint.stage(), citations.stream().map(c -> c.standard() + " §" + c.clause())
                        .collect(Collectors.joining(", ", "[", "] ")) + request.reasoning());
        process.complete(complaint, Stage.COMMITTEE_REVIEW);
    }
}
