package org.disputedesk.inquiry;

import java.util.ArrayList;
import java.util.List;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which inquiries and may take which step. The committee and administrators see every inquiry; a
 * shop's operators and its park's administrator see the shop's; nobody else sees any (an inquiry one may not
 * see is 404, as a case is). The committee sends the notice and verifies; the shop's operators send the plan.
 */
@Service
@Transactional(readOnly = true)
public class InquiryViews {

    private final Inquiries inquiries;

    InquiryViews(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    public List<InquiryView> list(DeskUser user, InquiryStage stage, String shopId, int page, int size) {
        return inquiries.list(scope(user), stage, shopId, page, size).stream()
                .map(i -> InquiryView.of(i, actions(user, i))).toList();
    }

    public InquiryView get(DeskUser user, String id) {
        Inquiry inquiry = visible(user, id);
        return InquiryView.of(inquiry, actions(user, inquiry));
    }

    /** The shop's inquiries, open and closed, newest first, as anyone may read them on its public record. */
    public List<InquiryView.OnRecord> onRecordOf(String shopId) {
        return inquiries.ofShop(shopId).stream().map(InquiryView.OnRecord::of).toList();
    }

    Inquiry visible(DeskUser user, String id) {
        return inquiries.find(id).filter(i -> sees(user, i))
                .orElseThrow(() -> new CaseNotFound("Inquiry " + id));
    }

    static boolean mayTake(DeskUser user, Inquiry inquiry, InquiryStage step) {
        return switch (step) {
            case COMMITTEE_NOTICE, VERIFICATION -> user.is(Role.COMMITTEE);
            case CORRECTIVE_PLAN -> user.is(Role.SHOP) && user.memberOf(inquiry.shopId());
            case CLOSED -> false;
        };
    }

    static String segment(InquiryStage step) {
        return switch (step) {
            case COMMITTEE_NOTICE -> "notice";
            case CORRECTIVE_PLAN -> "corrective-plan";
            case VERIFICATION -> "verification";
            case CLOSED -> throw new IllegalArgumentException("No step closes an inquiry");
        };
    }

    private static List<String> actions(DeskUser user, Inquiry inquiry) {
        List<String> actions = new ArrayList<>();
        if (inquiry.open() && mayTake(user, inquiry, inquiry.stage())) {
            actions.add(segment(inquiry.stage()));
        }
        return actions;
    }

    private static boolean sees(DeskUser user, Inquiry inquiry) {
        return switch (user.role()) {
            case COMMITTEE, ADMIN -> true;
            case SHOP -> user.memberOf(inquiry.shopId());
            case PARK_ADMIN -> inquiry.parkId().equals(user.parkId());
            default -> false;
        };
    }

    private static Inquiries.Scope scope(DeskUser user) {
        return switch (user.role()) {
            case COMMITTEE, ADMIN -> new Inquiries.Scope(true, List.of(), null);
            case SHOP -> new Inquiries.Scope(false, List.copyOf(user.shopIds()), null);
            case PARK_ADMIN -> new Inquiries.Scope(false, List.of(), user.parkId());
            default -> throw new ActionForbidden("Standards inquiries are for the committee, administrators, "
                    + "and the shops they concern.");
        };
    }
}
