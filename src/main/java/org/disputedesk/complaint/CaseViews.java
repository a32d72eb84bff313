package org.disputedesk.complaint;

import java.time.Duration;
import java.util.List;

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
    private final CommitteeFindings rulings;
    private final Timeline timeline;
    private final Ratings ratings;
    private final PausedMediations paused;
    private final Liabilities liabilities;

    CaseViews(Complaints complaints, CaseAccess access, CaseSteps steps, CommitteeFindings rulings,
              Timeline timeline, Ratings ratings, PausedMediations paused, Liabilities liabilities) {
        this.liabilities = liabilities;
        this.ratings = ratings;
        this.paused = paused;
        this.complaints = complaints;
        this.access = access;
        this.steps = steps;
        this.rulings = rulings;
        this.timeline = timeline;
    }

    /** The case as the caller sees it; a step answers with this, read in the step's own transaction. */
    @Transactional(readOnly = true)
    public ComplaintView get(DeskUser user, String id) {
        return view(user, access.visible(user, id));
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
        if (query.text() != null) {
            filter = filter.and("(order_ref = :text or lower(description) like :words escape '\\')", "text",
                    query.text()).with("words", "%" + likeLiteral(query.text().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (query.filedFrom() != null) {
            filter = filter.and("created_at >= :filedFrom", "filedFrom",
                    Rows.utc(CaseQuery.dayStarts(query.filedFrom())));
        }
        if (query.filedTo() != null) {
            filter = filter.and("created_at < :filedBefore", "filedBefore",
                    Rows.utc(CaseQuery.dayStarts(query.filedTo().plusDays(1))));
        }
        if (query.overdueOnly()) {
            filter = filter.and(Complaints.overdueCondition(":now"), "now", Rows.utc(EngineClock.now()));
        }
        return complaints.page(filter, page, Math.min(size, MAX_PAGE_SIZE)).stream()
                .map(c -> view(user, c))
                .toList();
    }

    /** The text as a LIKE pattern's literal: its wildcards and the escape character mean themselves. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Transactional(readOnly = true)
    public List<Timeline.Entry> timeline(DeskUser user, String id) {
        access.visible(user, id);
        return timeline.of(id);
    }

    private ComplaintView view(DeskUser user, Complaint c) {
        CommitteeFindings.CommitteeRuling ruling = c.escalatedToCommittee() ? rulings.latest(c.id()).orElse(null) : null;
        Ratings.Rating rating = c.isOpen() ? null : ratings.of(c.id()).orElse(null);
        Duration left = c.stage().pausesMediation() ? paused.timeLeft(c.id()).orElse(null) : null;
        // only a mediator's decision or the committee divides liability: a case without either has none to read
        List<LiabilityShare> liability = c.ruling() != null || c.escalatedToCommittee()
                ? liabilities.current(c.id()) : List.of();
        return ComplaintView.of(c, ruling, rating, liability, left, EngineClock.now(), steps.actions(user, c, rating != null));
    }
}
