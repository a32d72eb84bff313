package org.disputedesk.notification;

/** What a notice tells its recipient. */
public enum NoticeKind {
    /** The case waits for the recipient, until its deadline. */
    ACTION_REQUIRED,
    /** The deadline is near and the case still waits for the recipient. */
    REMINDER,
    /** The case closed, with its outcome. */
    CASE_CLOSED
}
