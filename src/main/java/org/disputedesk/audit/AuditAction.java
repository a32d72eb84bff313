package org.disputedesk.audit;

/**
 * What an administrator did. A new kind of administrative action is a constant here and one call
 * of {@link AuditLog#record} where the action is taken.
 */
public enum AuditAction {
    PARK_CREATED, SHOP_CREATED, SHOPS_IMPORTED
}
