package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;

import org.disputedesk.web.RuleViolated;

/**
 * What the buyer filed: fixed once filed, until its personal data is erased ({@code erasedAt}: then the
 * buyer, the order reference and the description are gone). {@code number} is the case number people
 * read out ("#123"), which the database assigns when the filing is stored: null until then.
 * {@code streamerId} is the streamer profile whose room the livestream reference points at (null: none).
 */
public record Filing(String id, String buyer, String shopId, String parkId, String orderRef, Category category,
                     String description, BigDecimal orderAmount, BigDecimal claimedAmount,
                     Remedy desiredRemedy, Livestream livestream, String streamerId, Instant createdAt, Long number,
                     Instant erasedAt) {

    /** A filing not yet stored, so without its number. */
    public Filing(String id, String buyer, String shopId, String parkId, String orderRef, Category category,
                  String description, BigDecimal orderAmount, BigDecimal claimedAmount,
                  Remedy desiredRemedy, Livestream livestream, String streamerId, Instant createdAt) {
        this(id, buyer, shopId, parkId, orderRef, category, description, orderAmount, claimedAmount,
                desiredRemedy, livestream, streamerId, createdAt, null, null);
    }

    /** PRC Consumer Rights Protection Law, art. 55: punitive compensation is at least this, whatever the price. */
    static final BigDecimal MINIMUM_COMPENSATION = new BigDecimal("500");

    /**
     * The one bound on every amount anyone offers, agrees or awards on this order (a counter-offer, a
     * settlement, a ruling): at most the order amount, unless it is compensation, which consumer law
     * lets reach three times the price (or 500, whichever is more).
     */
    void requireWithinBounds(Remedy remedy, BigDecimal amount) {
        if (remedy == Remedy.COMPENSATION) {
            BigDecimal limit = orderAmount.multiply(BigDecimal.valueOf(3)).max(MINIMUM_COMPENSATION);
            if (amount.compareTo(limit) > 0) {
                throw new RuleViolated("problem.compensationOverLimit", "Compensation may not exceed three times "
                        + "the order amount, or " + MINIMUM_COMPENSATION + " if that is more: at most "
                        + limit.toPlainString() + " here.", MINIMUM_COMPENSATION, limit);
            }
        } else if (amount.compareTo(orderAmount) > 0) {
            throw new RuleViolated("problem.amountOverOrder", "An amount may not exceed the order amount ("
                    + orderAmount.toPlainString() + ") unless it is compensation.", orderAmount);
        }
    }
}
