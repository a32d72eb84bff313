package org.disputedesk.audit;

/**
 * A phrase an audit entry's detail is made of, said in each language by the message
 * {@code audit.detail.<PHRASE>} of the bundle {@code i18n/admin}, its facts as {@code {0}},
 * {@code {1}}, … in the order they were given.
 */
public enum AuditPhrase {
    /** A park's or shop's name; with its Chinese name. */
    NAME, NAMES,
    /** An import's shops: created, updated, unchanged. */
    SHOPS_COUNTED,
    /** An account's role; and its park. */
    ROLE, ROLE_IN_PARK,
    /** An account's shops, given or changed. */
    SHOPS,
    /** What changed in an account: its display name, its email, its park (from, to), its language. */
    DISPLAY_NAME_CHANGED, EMAIL_CHANGED, PARK_CHANGED, LANGUAGE_CHANGED,
    /** A temporary password was given and the user's sign-ins ended; the user's other sign-ins ended. */
    TEMPORARY_PASSWORD, OTHER_SIGN_INS_ENDED,
    /** By single sign-on with the provider (its issuer); the temporary password that linking retired. */
    SINGLE_SIGN_ON, TEMPORARY_PASSWORD_RETIRED,
    /** A standard's clause (number, title); its status; the standard that superseded it. */
    CLAUSE, STANDARD_STATUS, SUPERSEDED_BY,
    /** A year's holidays and make-up working days: how many now, which added, which removed. */
    HOLIDAYS, WORKDAYS,
    /** A park's deadline for a stage (or its time zone), from what to what; — is the installation's. */
    DEADLINE_CHANGED,
    /** A person's closed cases erased, and their open cases kept, counted. */
    CASES_ERASED,
    /** The person's account: its name and email erased, the account disabled. */
    ACCOUNT_ERASED,
    /** A case erased because it closed (on that day) longer ago than the retention period. */
    RETENTION_PASSED,
    /** A streamer profile's shops and rooms. */
    STREAMER_PROFILE,
    /** A webhook: the address it posts to, and its events. */
    WEBHOOK,
    /** An export's filing dates (from, to; — for an open end) and its format. */
    EXPORT
}
