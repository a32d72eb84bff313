package org.disputedesk.api.fuzz;

/** Counts of what requests write, and fingerprints of every complaint's, shop's and account's mutable state. */
record Snapshot(long complaints, long messages, long evidence, long ratings, long timeline, long rulings,
                long violations, long tasks, long history, String fingerprint, long parks, long shops,
                long audit, String shopsFingerprint, long users, String usersFingerprint) {

    /** This snapshot with an administrative action's writes: parks and shops added, entries logged. */
    Snapshot plus(long newParks, long newShops, long entries, String shopsNow) {
        return new Snapshot(complaints, messages, evidence, ratings, timeline, rulings, violations, tasks, history,
                fingerprint, parks + newParks, shops + newShops, audit + entries, shopsNow, users,
                usersFingerprint);
    }

    /** This snapshot with the accounts, their shops and the audit log as {@code after} has them. */
    Snapshot withAccountsOf(Snapshot after) {
        return new Snapshot(complaints, messages, evidence, ratings, timeline, rulings, violations, tasks, history,
                fingerprint, parks, shops, after.audit, shopsFingerprint, after.users, after.usersFingerprint);
    }
}
