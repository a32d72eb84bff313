/** The shop's side of a case: answering the complaint and proving fulfilment; the shop's public record. */
package org.disputedesk.shop;
