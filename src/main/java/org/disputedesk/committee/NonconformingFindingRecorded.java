package org.disputedesk.committee;

import java.time.Instant;

/**
 * The committee found a case NONCONFORMING. Published inside the finding's transaction, so that what a
 * listener writes (a standards inquiry the finding opens) commits or rolls back with the finding.
 */
public record NonconformingFindingRecorded(String complaintId, String shopId, String parkId, Instant at) {
}
