package org.disputedesk.trust;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed case keeps its personal data ({@code disputes.retention.cron} says when each node
 * looks for the cases past it).
 *
 * @param personalData how long after a case closed its personal data is erased
 */
@ConfigurationProperties("disputes.retention")
record RetentionSettings(@DefaultValue("P3Y") Period personalData) {
}
