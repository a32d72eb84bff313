package org.disputedesk.deadline;

/**
 * How a park counts a deadline. Working days skip weekends and public holidays and count the
 * make-up working days, as 12315 and the online dispute resolution rules count theirs.
 */
public enum DeadlineUnit {
    HOURS, CALENDAR_DAYS, WORKING_DAYS
}
