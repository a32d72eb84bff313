package org.disputedesk.audit;

/**
 * What an administrator did. A new kind of administrative action is a constant here and one call
 * of {@link AuditLog#record} where the action is taken.
 */
public enum AuditAction {
    PARK_CREATED, SHOP_CREATED, SHOPS_IMPORTED,
    /** By an administrator or a park administrator: a livestream host's profile registered. */
    STREAMER_CREATED,
    /** By an administrator: a user created, changed, disabled, enabled, given a temporary password. */
    USER_CREATED, USER_CHANGED, USER_DISABLED, USER_ENABLED, USER_PASSWORD_RESET,
    /**
     * By the user: an account opened by signing up (by single sign-on too), one's own account or
     * password changed, one's account linked to an OpenID provider at the first single sign-on.
     */
    USER_SIGNED_UP, ACCOUNT_CHANGED, PASSWORD_CHANGED, SIGN_ON_LINKED,
    /** By the committee or an administrator: the standards catalog kept. */
    STANDARD_ADDED, STANDARD_CLAUSE_ADDED, STANDARD_STATUS_CHANGED,
    /** A park's deadlines changed (by its administrator or an administrator); the calendar of a year changed. */
    DEADLINES_CHANGED, CALENDAR_CHANGED,
    /** A person's personal data erased at their request, or a case's when its retention period was over. */
    PERSONAL_DATA_ERASED,
    /** By an administrator or a park administrator: a park's webhook subscribed or deleted. */
    WEBHOOK_CREATED, WEBHOOK_DELETED,
    /** By a park's staff or an administrator: a park's cases exported for the regulators. */
    CASES_EXPORTED
}
