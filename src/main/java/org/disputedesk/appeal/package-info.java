/**
 * The appeal of a mediator's ruling (the second instance): either party appeals within the ruling's
 * window with new evidence, and another mediator of the park upholds or overturns it, for good.
 */
package org.disputedesk.appeal;
