package org.disputedesk.deadline;

import java.time.Duration;

import org.disputedesk.complaint.Stage;

/**
 * A stage's deadline in a park: its {@code field} in the API, the park's own {@code deadline} (null:
 * none), and the installation's, which applies without one.
 */
public record StageDeadline(Stage stage, String field, Deadline deadline, Duration fallback) {
}
