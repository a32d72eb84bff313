/** The buyer's side of a case: filing a complaint, reviewing the shop's answer, confirming receipt, withdrawing, rating. */
package org.disputedesk.buyer;
