package org.disputedesk.notification;

/** What a notice tells its recipient. */
public enum NoticeKind {
    /** The case or inquiry waits for the recipient, until its deadline if it has one. */
    ACTION_REQUIRED,
    /** The deadline is near and the case or inquiry still waits for the recipient. */
    REMINDER,
    /** The case closed, with its outcome. */
    CASE_CLOSED,
    /** The standards inquiry into the recipient's shop closed, with its verdict. */
    INQUIRY_CLOSED
}
