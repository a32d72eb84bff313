package org.disputedesk.export;

import org.disputedesk.complaint.Category;

/**
 * A case's code under GB/T 42499-2023 (电子商务投诉举报信息分类与代码): nine digits, the type (1), the
 * way it was made (1: here the channel, a livestream or an online shop), the content's class (2) and
 * subclass (2), the object (3). Each position's values and what this product maps to them are in
 * docs/export.md, with what a park must check against its copy of the standard before it relies on
 * them: the published code tables were not at hand when this mapping was made.
 */
final class ComplaintCode {

    /** Every case here is a buyer's complaint, never a report (举报). */
    private static final String COMPLAINT = "1";
    private static final String ONLINE_SHOP = "1";
    private static final String LIVESTREAM = "2";
    /** The parks' shops sell clothing and textiles. */
    private static final String CLOTHING_AND_TEXTILES = "101";

    static String of(Category category, boolean livestream) {
        boolean live = livestream || category == Category.LIVESTREAM_MISREPRESENTATION;
        return COMPLAINT + (live ? LIVESTREAM : ONLINE_SHOP) + content(category) + CLOTHING_AND_TEXTILES;
    }

    /** The content's class and subclass, two digits each. */
    private static String content(Category category) {
        return switch (category) {
            case QUALITY_DEFECT -> "0101";
            case NONSTANDARD_LABEL -> "0102";
            case SIZE_MISMATCH -> "0103";
            case NOT_AS_DESCRIBED -> "0201";
            case LIVESTREAM_MISREPRESENTATION -> "0202";
            case DELIVERY -> "0301";
            case AFTER_SALES_REFUSED -> "0401";
            case OTHER -> "9999";
        };
    }

    private ComplaintCode() {
    }
}
