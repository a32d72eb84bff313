package org.disputedesk.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic work of a node (metric refreshes, webhook deliveries); process deadlines are the job
 * executor's, not this.
 */
@Configuration
@EnableScheduling
class Scheduling {
}
