/**
 * The case at the bottom of everything: the {@link org.disputedesk.complaint.Complaint} aggregate that guards its own
 * transitions, its timeline, evidence and messages, who may see it and take which step, and how it is read.
 * Depends on no stage module and not on the engine glue.
 */
package org.disputedesk.complaint;
