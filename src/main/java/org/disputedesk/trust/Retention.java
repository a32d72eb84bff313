package org.disputedesk.trust;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.complaint.CaseErasure;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.TimelineEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of every case closed longer ago than {@code disputes.retention.personal-data}
 * (three years), each case in a transaction of its own with its audit entry, on every node at
 * {@code disputes.retention.cron} (02:30 in the parks' time zone): a case another node erased first is skipped.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 200;

    private final CaseErasure cases;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Period period;

    Retention(CaseErasure cases, AuditLog audit, TransactionTemplate tx, RetentionSettings settings) {
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
        this.period = settings.personalData();
    }

    @Scheduled(cron = "${disputes.retention.cron:0 30 2 * * *}",
            zone = "${disputes.notifications.time-zone:Asia/Shanghai}")
    void eraseExpired() {
        Instant now = EngineClock.now();
        // a period of years or months is counted on the calendar (UTC), as people count it
        Instant closedBefore = now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
        int erased = 0;
        int before;
        List<String> due;
        do {
            before = erased;
            due = cases.closedBefore(closedBefore, BATCH);
            for (String id : due) {
                erased += Boolean.TRUE.equals(tx.execute(s -> erase(id))) ? 1 : 0;
            }
        } while (due.size() == BATCH && erased > before);
        if (erased > 0) {
            log.info("Personal data erased from {} case(s) closed before {}", erased, closedBefore);
        }
    }

    private boolean erase(String complaintId) {
        return cases.erase(complaintId, TimelineEntry.Actor.SYSTEM, CaseErasure.Reason.RETENTION).map(erased -> {
            audit.record(TimelineEntry.Actor.SYSTEM.username(), AuditAction.PERSONAL_DATA_ERASED,
                    "complaint:" + complaintId, erased.parkId(), AuditDetail.of(AuditDetail.phrase(
                            AuditPhrase.RETENTION_PASSED).with("closed", LocalDate.ofInstant(erased.closedAt(),
                            ZoneOffset.UTC)).with("period", period)));
            return true;
        }).orElse(false);
    }
}
