package org.disputedesk.complaint;

/** What routing decided: priority, whether standards are involved, what shop silence means. */
public record Routing(String priority, boolean standardsRelated, String silenceOutcome) {
}
