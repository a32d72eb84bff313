/**
 * Parks, the tenants of an installation, and their shops: the directory every user reads, and
 * onboarding: parks created by administrators, shops by a park's administrators, one at a time or
 * imported in bulk from a spreadsheet's CSV, and the profiles of its livestream hosts with their
 * rooms. Each onboarding action is recorded in the audit log.
 */
package org.disputedesk.park;
