package org.disputedesk.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-ups one client address may try per window ({@code disputes.signup.*}). Counted in
 * the database, so the limit holds across every node of a cluster.
 */
@ConfigurationProperties("disputes.signup")
public record SignUpLimits(@DefaultValue("5") int maxPerWindow, @DefaultValue("PT1H") Duration window) {
}
