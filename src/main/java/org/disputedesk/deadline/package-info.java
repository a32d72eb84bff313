/**
 * Deadlines that respect the calendar and the park: the official holidays and make-up working days
 * (调休) of each year, each park's own deadlines in hours, calendar days or working days (falling back
 * to {@code disputes.deadlines.*}), and the due date they give a stage begun at a given instant. The
 * process's timers take their due dates from here.
 */
package org.disputedesk.deadline;
