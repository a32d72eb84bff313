package org.disputedesk.buyer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.disputedesk.complaint.Livestream;
import org.disputedesk.complaint.Filing;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Sha256;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.RuleViolated;
import org.disputedesk.web.Sentence;
import org.disputedesk.web.TooManyRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Filing: the complaint row, its first timeline entry and the started process in one transaction,
 * so a complaint acknowledged with 201 always has its process and its shop-response deadline.
 */
@Service
public class ComplaintFiling {

    private static final TimeBasedEpochGenerator CASE_IDS = Generators.timeBasedEpochGenerator();

    private final Complaints complaints;
    private final Timeline timeline;
    private final ProcessSteps process;
    private final ObjectMapper json;
    private final FilingLimits limits;
    private final CaseViews views;

    ComplaintFiling(Complaints complaints, Timeline timeline, ProcessSteps process, ObjectMapper json,
                    FilingLimits limits, CaseViews views) {
        this.limits = limits;
        this.views = views;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
        this.json = json;
    }

    /** The complaint as its buyer sees it, and whether this call created it (false: an idempotent repeat). */
    public record Filed(ComplaintView complaint, boolean created) {
    }

    @Transactional
    public Filed file(DeskUser buyer, FilingRequest request, String idempotencyKey) {
        if (!buyer.is(Role.BUYER)) {
            throw new ActionForbidden("Only buyers file complaints.");
        }
        complaints.serializeFilingsOf(buyer.username());
        // only a repeat under the same key is compared with the request it repeats
        String digest = idempotencyKey == null ? null : digest(request);
        if (idempotencyKey != null) {
            Optional<Complaints.KeyedFiling> earlier = complaints.filedUnder(buyer.username(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!digest.equals(earlier.get().requestDigest())) {
                    throw new RuleViolated("problem.idempotencyKeyReused",
                            "This Idempotency-Key was already used with another request body.");
                }
                return new Filed(views.get(buyer, earlier.get().id()), false);
            }
        }
        Instant now = EngineClock.now();
        Complaints.FilingCheck check = complaints.filingCheck(buyer.username(), request.shopId(),
                request.orderRef(), request.livestream() == null ? null : request.livestream().room(),
                now.minus(limits.window()), limits.maxPerWindow());
        enforceRateLimit(check, now);
        if (check.shopParkId() == null) {
            throw new RuleViolated("problem.noSuchShop", "There is no shop " + request.shopId() + ".",
                    request.shopId());
        }
        if (request.claimedAmount().compareTo(request.orderAmount()) > 0) {
            throw new RuleViolated("problem.claimOverOrder", "The claimed amount may not exceed the order amount.");
        }
        if (check.openComplaintOnOrder()) {
            throw new RuleViolated("problem.openComplaintOnOrder",
                    "You already have an open complaint about order " + request.orderRef() + ".", request.orderRef());
        }
        // a decided order is not filed again; a withdrawn one once (the buyer's second thoughts, not a loop)
        if (check.orderDecided()) {
            throw new RuleViolated("problem.orderDecided",
                    "Your complaint about order " + request.orderRef() + " was already decided.", request.orderRef());
        }
        if (check.withdrawnOnOrder() > 1) {
            throw new RuleViolated("problem.orderRefiled", "You withdrew complaints about order "
                    + request.orderRef() + " twice; it cannot be filed again.", request.orderRef());
        }

        // time-ordered (version 7): the case's and its timeline's rows land at the end of their indexes
        String id = CASE_IDS.generate().toString();
        Livestream livestream = request.livestream() == null ? null
                : new Livestream(request.livestream().room(), request.livestream().offsetSeconds());
        Complaint complaint = Complaint.file(new Filing(id, buyer.username(), request.shopId(),
                check.shopParkId(), request.orderRef(), request.category(), request.description(),
                request.orderAmount(), request.claimedAmount(), request.desiredRemedy(), livestream,
                check.streamerId(), now));
        complaints.insert(complaint, idempotencyKey, digest);
        timeline.begin(id, TimelineEntry.of(TimelineEntry.Actor.of(buyer), TimelineAction.FILED, Stage.SHOP_RESPONSE)
                .with("category", request.category()).with("remedy", request.desiredRemedy())
                .with("amount", request.claimedAmount()));
        process.start(id);
        return new Filed(views.get(buyer, id), true);
    }

    private void enforceRateLimit(Complaints.FilingCheck check, Instant now) {
        if (check.recentFilings() >= limits.maxPerWindow()) {
            // the oldest of the latest allowed filings leaves the window first
            Instant slotFreesAt = check.oldestRecentFiling().plus(limits.window());
            throw new TooManyRequests(new Sentence("problem.filingRate", "You may file at most "
                    + limits.maxPerWindow() + " complaints per " + limits.window().toMinutes() + " minutes.",
                    Integer.toString(limits.maxPerWindow()), Long.toString(limits.window().toMinutes())),
                    Duration.between(now, slotFreesAt));
        }
    }

    private String digest(FilingRequest request) {
        try {
            return Sha256.hex(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A filing request always serialises", e);
        }
    }
}
