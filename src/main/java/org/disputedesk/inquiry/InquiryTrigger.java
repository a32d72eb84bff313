package org.disputedesk.inquiry;

import java.util.List;
import java.util.UUID;

import org.disputedesk.committee.NonconformingFindingRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens an inquiry when a NONCONFORMING finding brings its shop to {@code disputes.committee.inquiry-threshold}
 * findings within {@code inquiry-window}, counting only cases no inquiry took up yet, and the shop has no open
 * inquiry. Runs inside the finding's transaction: the inquiry and its process exist exactly when the finding does.
 */
@Component
class InquiryTrigger {

    private final Inquiries inquiries;
    private final InquiryEngine engine;
    private final InquiryRules rules;
    private final ApplicationEventPublisher events;

    InquiryTrigger(Inquiries inquiries, InquiryEngine engine, InquiryRules rules, ApplicationEventPublisher events) {
        this.events = events;
        this.inquiries = inquiries;
        this.engine = engine;
        this.rules = rules;
    }

    @EventListener
    void on(NonconformingFindingRecorded finding) {
        inquiries.lockShop(finding.shopId());
        if (inquiries.hasOpen(finding.shopId())) {
            return;
        }
        List<String> findings = inquiries.findingsNotInquiredSince(finding.shopId(),
                finding.at().minus(rules.inquiryWindow()));
        if (findings.size() < rules.inquiryThreshold()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        inquiries.open(id, finding.shopId(), finding.parkId(), findings, finding.at());
        engine.start(id);
        events.publishEvent(new InquiryOpened(id, finding.shopId(), finding.parkId(), findings, finding.at()));
        events.publishEvent(new InquiryStageReached(id, finding.shopId(), finding.parkId(),
                InquiryStage.COMMITTEE_NOTICE, null, null, finding.at()));
    }
}
