package org.disputedesk.complaint;

import java.time.Instant;

/**
 * A closed case's personal data was erased ({@link CaseErasure}), in the transaction now running: a
 * module that keeps something of the case's buyer elsewhere (notices, the engine's history of the
 * case's tasks) forgets it in the same transaction.
 */
public record PersonalDataErased(String complaintId, String parkId, String buyer, String processInstanceId,
                                 Instant closedAt, Instant at) {
}
