package org.disputedesk.complaint;

/** A moment of a recorded livestream the complaint points at. */
public record Livestream(String room, Integer offsetSeconds) {
}
