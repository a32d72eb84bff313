package org.disputedesk.audit;

/**
 * What an administrator did. A new kind of administrative action is a constant here and one call
 * of {@link AuditLog#record} where the action is taken.
 */
public enum AuditAction {
    PARK_CREATED, SHOP_CREATED, SHOPS_IMPORTED,
    /** By an administrator: a user created, changed, disabled, enabled, given a temporary password. */
    USER_CREATED, USER_CHANGED, USER_DISABLED, USER_ENABLED, USER_PASSWORD_RESET,
    /** By the user: an account opened by signing up, one's own account or password changed. */
    USER_SIGNED_UP, ACCOUNT_CHANGED, PASSWORD_CHANGED,
    /** By an administrator or a park administrator: a park's webhook subscribed or deleted. */
    WEBHOOK_CREATED, WEBHOOK_DELETED
}
