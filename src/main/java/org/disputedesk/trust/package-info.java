/**
 * Trust in the record and care for the people in it: anyone checks a case's timeline against its hash
 * chain and against the roots published each day (anchors), and a case's personal data is erased when
 * its retention period is over or when its buyer asks.
 */
package org.disputedesk.trust;
