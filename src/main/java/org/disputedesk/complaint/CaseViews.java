package org.disputedesk.complaint;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.disputedesk.committee.CommitteeRulings;
import org.disputedesk.process.EngineClock;
import org.disputedesk.security.CaseAccess;
import org.disputedesk.security.DeskUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for a caller: one case, a page of them, a case's timeline. */
@Service
public class CaseViews {

    private static final int MAX_PAGE_SIZE = 100;

    private final Complaints complaints;
    private final CaseAccess access;
    private final CaseSteps steps;
    private final CommitteeRulings rulings;
    private final Timeline timeline;
    private final Ratings ratings;

    CaseViews(Complaints complaints, CaseAccess access, CaseSteps steps, CommitteeRulings rulings,
              Timeline timeline, Ratings ratings) {
        this.ratings = ratings;
        this.complaints = complaints;
        this.access = access;
        this.steps = steps;
        this.rulings = rulings;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public ComplaintView get(DeskUser user, String id) {
        return view(user, access.visible(user, id));
    }

    /**
     * Takes a step and answers with the case as the caller then sees it, both in the step's own
     * transaction: a step's request costs one commit, not a second transaction only to read.
     */
    @Transactional
    public ComplaintView after(DeskUser user, String id, Runnable step) {
        step.run();
        return get(user, id);
    }

    /** As {@link #after(DeskUser, String, Runnable)}, for a step that names the case it made. */
    @Transactional
    public <T> Answered<T> after(DeskUser user, Supplier<T> step, Function<T, String> caseId) {
        T result = step.get();
        return new Answered<>(result, get(user, caseId.apply(result)));
    }

    /** A step's result and the case's view after it. */
    public record Answered<T>(T result, ComplaintView view) {
    }

    @Transactional(readOnly = true)
    public List<ComplaintView> list(DeskUser user, CaseQuery query, int page, int size) {
        CaseFilter filter = access.filterFor(user);
        if (query.stage() != null) {
            filter = filter.and("stage = :stage", "stage", query.stage().name());
        }
        if (query.shopId() != null) {
            filter = filter.and("shop_id = :shopId", "shopId", query.shopId());
        }
        if (query.category() != null) {
            filter = filter.and("category = :category", "category", query.category().name());
        }
        if (query.overdueOnly()) {
            filter = filter.and(Complaints.overdueCondition(":now"), "now", Complaints.utc(EngineClock.now()));
        }
        return complaints.page(filter, page, Math.min(size, MAX_PAGE_SIZE)).stream()
                .map(c -> view(user, c))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Timeline.Entry> timeline(DeskUser user, String id) {
        access.visible(user, id);
        return timeline.of(id);
    }

    private ComplaintView view(DeskUser user, Complaint c) {
        CommitteeRulings.Ruling ruling = c.escalatedToCommittee() ? rulings.latest(c.id()).orElse(null) : null;
        Ratings.Rating rating = c.isOpen() ? null : ratings.of(c.id()).orElse(null);
        return ComplaintView.of(c, ruling, rating, EngineClock.now(), steps.actions(user, c, rating != null));
    }
}
