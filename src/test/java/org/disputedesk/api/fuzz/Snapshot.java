package org.disputedesk.api.fuzz;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts of what requests write, and fingerprints of every complaint's, inquiry's, shop's and account's mutable state. */
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

    /** Whether this is {@code before} with one inquiry step taken: its inquiry moved, no case, shop or account written. */
    boolean isInquiryStepAfter(Snapshot before) {
        return !fingerprint.equals(before.fingerprint) && complaints == before.complaints && timeline == before.timeline
                && rulings == before.rulings && audit == before.audit && shopsFingerprint.equals(before.shopsFingerprint)
                && usersFingerprint.equals(before.usersFingerprint);
    }

    /** Each standards inquiry's state, part of the fingerprint: a refused step keeps it as it was. */
    static String inquiries(JdbcClient jdbc) {
        return String.join(",", jdbc.sql("""
                select id || ':' || stage || ':' || coalesce(verdict, '') || ':' || coalesce(requirements, '') || ':'
                       || coalesce(plan, '') || ':' || coalesce(reasoning, '') || ':'
                       || cast((select count(*) from inquiry_citations c where c.inquiry_id = i.id) as varchar)
                from inquiries i order by id
                """).query(String.class).list());
    }
}
