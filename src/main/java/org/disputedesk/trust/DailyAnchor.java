package org.disputedesk.trust;

import java.time.LocalDate;
import java.time.ZoneId;

import org.disputedesk.complaint.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the day's anchor at {@code disputes.anchoring.cron} (00:10 in the parks' time zone,
 * {@code disputes.notifications.time-zone}), on every node: the first node publishes it, the others find
 * it published. The anchor is for the day that has just ended, whose entries it covers.
 */
@Component
class DailyAnchor {

    private static final Logger log = LoggerFactory.getLogger(DailyAnchor.class);

    private final Anchoring anchoring;
    private final ZoneId zone;

    DailyAnchor(Anchoring anchoring, @Value("${disputes.notifications.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.anchoring = anchoring;
        this.zone = zone;
    }

    @Scheduled(cron = "${disputes.anchoring.cron:0 10 0 * * *}",
            zone = "${disputes.notifications.time-zone:Asia/Shanghai}")
    void publish() {
        String period = LocalDate.ofInstant(EngineClock.now(), zone).minusDays(1).toString();
        try {
            anchoring.forPeriod(period).ifPresent(anchor ->
                    log.info("Anchor {} of {} published: root {} of {} cases", anchor.id(), period, anchor.root(),
                            anchor.cases()));
        } catch (DuplicateKeyException e) {
            // another node published the period's anchor between our check and our insert
            log.info("The anchor of {} was published by another node", period);
        }
    }
}
