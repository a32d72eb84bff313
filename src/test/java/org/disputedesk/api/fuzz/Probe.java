package org.disputedesk.api.fuzz;

import java.util.Map;
import java.util.Set;

/** One request to send and what the contract allows as its answer. */
record Probe(String endpoint, String label, String method, String path, String user, String password,
             String contentType, byte[] body, Map<String, String> headers, Validity validity,
             Set<Integer> expected, Write write) {

    /** Ordered by what decides the answer: a bean-validation error (400) wins over a domain refusal. */
    enum Validity { VALID, LENIENT, INVALID_4XX, INVALID_400 }

    /**
     * What an accepted request writes; a SETTING (a park's deadlines, a calendar year) its rows and an audit entry;
     * an EXPORT its audit entry alone.
     */
    enum Write { NONE, FILE, MESSAGE, EVIDENCE, RATING, STEP, RULING, PARK, SHOP, IMPORT, USER, ACCOUNT, STANDARD,
        SETTING, WEBHOOK, EXPORT, STREAMER, INQUIRY }
}
