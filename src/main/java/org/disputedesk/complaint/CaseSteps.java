package org.disputedesk.complaint;

import java.util.Arrays;
import java.util.List;

import org.disputedesk.security.DeskUser;
import org.disputedesk.web.ActionForbidden;
import org.springframework.stereotype.Component;

/**
 * The checks every step makes before it changes anything, in the order the API promises:
 * the case exists for the caller (404), the caller may take the step (403), the step is open (409).
 */
@Component
public class CaseSteps {

    private final CaseAccess access;
    private final Ratings ratings;

    CaseSteps(CaseAccess access, Ratings ratings) {
        this.access = access;
        this.ratings = ratings;
    }

    /** Locks the case for the rest of the transaction and checks that the caller may take the step now. */
    public Complaint begin(DeskUser user, String complaintId, Step step) {
        Complaint complaint = access.lockVisible(user, complaintId);
        if (!step.mayBeTakenBy(user, complaint)) {
            throw new ActionForbidden("A " + user.role() + " may not take the step '" + step.segment()
                    + "' on this case.");
        }
        if (!step.isOpen(user, complaint, step == Step.RATING && ratings.exists(complaintId))) {
            throw new StepNotOpen(complaint.stage(), notOpenReason(step, complaint));
        }
        return complaint;
    }

    /**
     * Locks the case for a step taken through the engine's own clients, which only administrators
     * reach: the step must be open (409), whoever the caller.
     */
    public Complaint beginThroughEngine(String complaintId, Step step) {
        Complaint complaint = access.lock(complaintId);
        if (!step.isOpenAtAll(complaint)) {
            throw new StepNotOpen(complaint.stage(), notOpenReason(step, complaint));
        }
        return complaint;
    }

    /** What the caller may do now, by endpoint segment; {@code rated}: the buyer has rated the closed case. */
    public List<String> actions(DeskUser user, Complaint complaint, boolean rated) {
        return Arrays.stream(Step.values())
                .filter(step -> step.mayBeTakenBy(user, complaint) && step.isOpen(user, complaint, rated))
                .map(Step::segment)
                .toList();
    }

    private static String notOpenReason(Step step, Complaint complaint) {
        return switch (step) {
            case CLAIM -> complaint.whyNotClaimable();
            case DECISION -> complaint.whyNotDecidable();
            case APPEAL -> "Only a mediator's ruling can be appealed, within its appeal window, once: the case is at "
                    + "stage " + complaint.stage() + ".";
            case RATING -> complaint.isOpen() ? "Only a closed case can be rated; it is at stage "
                    + complaint.stage() + "." : "This case has already been rated.";
            default -> "This step is not open: the case is at stage " + complaint.stage() + ".";
        };
    }
}
