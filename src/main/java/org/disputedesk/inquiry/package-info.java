/**
 * Standards inquiries (processes/standards-inquiry.bpmn): a shop whose cases collect too many NONCONFORMING
 * findings in a window is asked by the committee to correct itself: the committee's notice, the shop's
 * corrective plan, the committee's verification, each kept on the inquiry.
 */
package org.disputedesk.inquiry;
