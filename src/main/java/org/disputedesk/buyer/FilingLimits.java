package org.disputedesk.buyer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many complaints one buyer may file per window ({@code disputes.filing.*}). Counted in the
 * database, so the limit holds across every node of a cluster.
 */
@ConfigurationProperties("disputes.filing")
public record FilingLimits(@DefaultValue("10") int maxPerWindow, @DefaultValue("PT1H") Duration window) {
}
