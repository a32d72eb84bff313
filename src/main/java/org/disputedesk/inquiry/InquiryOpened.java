package org.disputedesk.inquiry;

import java.time.Instant;
import java.util.List;

/** A standards inquiry opened against a shop, published in the transaction of the finding that opened it. */
public record InquiryOpened(String inquiryId, String shopId, String parkId, List<String> findings, Instant at) {
}
