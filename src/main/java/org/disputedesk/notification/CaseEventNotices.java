package org.disputedesk.notification;

import java.time.Duration;
import java.time.Instant;

import org.disputedesk.complaint.CaseEvent.CaseClosed;
import org.disputedesk.complaint.CaseEvent.StageReached;
import org.disputedesk.complaint.PersonalDataErased;
import org.disputedesk.inquiry.InquiryStage;
import org.disputedesk.inquiry.InquiryStageReached;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to a case or a standards inquiry into notices, inside the step's transaction: they are
 * written exactly when the step commits. A stage tells whoever must act there, with the deadline, and
 * schedules their reminder {@code disputes.reminders.before} ahead of it (none when the stage is
 * shorter than that); a closure tells the buyer and the shop (an inquiry's, the shop). When a case's personal
 * data is erased, its buyer's notices go too: they would still name the case as theirs.
 */
@Component
class CaseEventNotices {

    private final Notices notices;
    private final Duration remindBefore;
    /** Without a mail server, only the reminders wait for a dispatcher (to be shown), not the rest. */
    private final boolean mailing;

    CaseEventNotices(Notices notices, @Value("${disputes.reminders.before:PT24H}") Duration remindBefore,
                     ObjectProvider<JavaMailSender> mailSender) {
        this.notices = notices;
        this.remindBefore = remindBefore;
        this.mailing = mailSender.getIfAvailable() != null;
    }

    @EventListener
    void on(StageReached reached) {
        notices.toActor(reached.ref(), reached.actor(), reached.mediator(), NoticeKind.ACTION_REQUIRED,
                reached.stage(), reached.dueAt(), reached.at(), mailing);
        if (remindsBefore(reached.dueAt(), reached.at())) {
            notices.toActor(reached.ref(), reached.actor(), reached.mediator(), NoticeKind.REMINDER,
                    reached.stage(), reached.dueAt(), reached.dueAt().minus(remindBefore), true);
        }
    }

    @EventListener
    void on(InquiryStageReached reached) {
        if (reached.stage() == InquiryStage.CLOSED) {
            notices.toInquiredShop(reached, mailing);
            return;
        }
        notices.toInquiryActor(reached, NoticeKind.ACTION_REQUIRED, reached.dueAt(), reached.at(), mailing);
        if (remindsBefore(reached.dueAt(), reached.at())) {
            notices.toInquiryActor(reached, NoticeKind.REMINDER, reached.dueAt(), reached.dueAt().minus(remindBefore),
                    true);
        }
    }

    /** A deadline gets its reminder when the time before it is longer than the reminder's lead. */
    private boolean remindsBefore(Instant dueAt, Instant reachedAt) {
        return dueAt != null && dueAt.minus(remindBefore).isAfter(reachedAt);
    }

    @EventListener
    void on(CaseClosed closed) {
        notices.toParties(closed.ref(), closed.outcome(), closed.at(), mailing);
    }

    @EventListener
    void on(PersonalDataErased erased) {
        notices.forget(erased.complaintId(), erased.buyer());
    }
}
