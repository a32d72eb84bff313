package org.disputedesk.complaint;

/** How a closed case ended. */
public enum Outcome {
    RESOLVED, REJECTED, WITHDRAWN, LAPSED, UNFULFILLED
}
