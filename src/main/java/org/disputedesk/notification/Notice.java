package org.disputedesk.notification;

import java.time.Instant;

/**
 * One notice to one user about one case or one standards inquiry: the stage and deadline it is about, or the
 * outcome (a case's, or an inquiry's verdict). Stored without words: it is worded in the reader's language when
 * read or mailed.
 */
record Notice(long id, String username, About about, NoticeKind kind, String stage, Instant dueAt, String outcome,
              Instant at, Instant readAt) {

    /** A case (with its number) or an inquiry (with its shop's names): exactly one of the ids is set. */
    record About(String complaintId, Long caseNumber, String inquiryId, String shopName, String shopNameZh) {

        boolean inquiry() {
            return inquiryId != null;
        }

        /** Where the portal shows it. */
        String path() {
            return inquiry() ? "/committee/inquiries/" + inquiryId : "/cases/" + complaintId;
        }
    }
}
