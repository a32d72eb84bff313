package org.disputedesk.notification;

import java.time.Instant;

import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Stage;

/**
 * One notice to one user about one case: the stage and deadline it is about, or the outcome.
 * Stored without words: it is worded in the reader's language when read or mailed.
 */
record Notice(long id, String username, String complaintId, long caseNumber, NoticeKind kind, Stage stage,
              Instant dueAt, Outcome outcome, Instant at, Instant readAt) {
}
