package org.disputedesk.complaint;

/** An open question of the mediator to one party. */
public record InformationRequest(Party party, String question) {
}
