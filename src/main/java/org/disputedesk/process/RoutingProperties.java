package org.disputedesk.process;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inputs of the routing decisions that an installation sets: the largest refund-only claim that
 * shop silence grants automatically ({@code disputes.auto-remedy.max-amount}, CNY).
 */
@ConfigurationProperties("disputes.auto-remedy")
public record RoutingProperties(@DefaultValue("200") BigDecimal maxAmount) {
}
