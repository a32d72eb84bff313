package org.disputedesk.inquiry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an inquiry opens: {@code disputes.committee.inquiry-threshold} NONCONFORMING findings (cases) of one
 * shop within {@code disputes.committee.inquiry-window} (an ISO-8601 duration).
 */
@ConfigurationProperties("disputes.committee")
record InquiryRules(@DefaultValue("3") int inquiryThreshold, @DefaultValue("P90D") Duration inquiryWindow) {
}
