package org.disputedesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The committee's rulings as a case shows them. The committee module keeps the rulings and
 * implements this, so the case needs nothing of that module to show its latest ruling.
 */
public interface CommitteeFindings {

    /** The most recent ruling on the case, if the committee has ruled. */
    Optional<CommitteeRuling> latest(String complaintId);

    /** A ruling: the finding, the clauses it cites and why. */
    record CommitteeRuling(Finding finding, List<Citation> citations, String reasoning, String member, Instant at) {
    }

    /** A standard clause a ruling relies on, e.g. GB 5296.4-2012 §5.4. */
    record Citation(String standard, String clause) {
    }
}
