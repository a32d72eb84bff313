package org.disputedesk.trust;

import java.util.ArrayList;
import java.util.List;

import org.disputedesk.account.AccountErasure;
import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.complaint.CaseErasure;
import org.disputedesk.complaint.TimelineEntry;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.RuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A buyer's personal data erased at their request (PIPL art. 47), by an administrator, at once: every
 * closed case they filed, and their account once no case of theirs is open. An open case is skipped and
 * counted, not refused: its parties still need its file, and the request is done for the rest; asked
 * again after it closes, it goes too. Staff accounts are not erased this way: their words in a case are
 * the park's record of its work, and go with the case's retention period. Every erasure is in the audit log.
 */
@Service
public class PersonalDataErasure {

    /** The answer of {@code POST /api/admin/users/{username}/erasure}. */
    public record Erasure(
            String username,
            @Schema(description = "Closed cases whose personal data was erased now.") int erasedCases,
            @Schema(description = "Open cases kept as they are: ask again once they closed.") int openCasesKept,
            @Schema(description = "Whether the account's name and email were erased and the account disabled "
                    + "(once no case of the buyer's is open).") boolean accountErased) {
    }

    private final AccountErasure accounts;
    private final CaseErasure cases;
    private final AuditLog audit;

    PersonalDataErasure(AccountErasure accounts, CaseErasure cases, AuditLog audit) {
        this.accounts = accounts;
        this.cases = cases;
        this.audit = audit;
    }

    @Transactional
    public Erasure erase(DeskUser caller, String username) {
        if (!caller.is(Role.ADMIN)) {
            throw new ActionForbidden("Only an administrator erases a person's personal data.");
        }
        // the account's row stays locked: the buyer files nothing meanwhile, and two erasures run in turn
        Role role = accounts.lock(username).orElseThrow(() -> new CaseNotFound("User " + username));
        if (role != Role.BUYER) {
            throw new RuleViolated("problem.erasure.notBuyer", "Only a buyer's personal data is erased on request; "
                    + "a staff member's words are the park's record and go with each case's retention period.");
        }
        CaseErasure.BuyersCases filed = cases.of(username);
        TimelineEntry.Actor by = TimelineEntry.Actor.of(caller);
        int erased = (int) filed.closed().stream()
                .filter(id -> cases.erase(id, by, CaseErasure.Reason.REQUEST).isPresent()).count();
        boolean account = filed.open() == 0;
        if (account) {
            accounts.erase(username);
        }
        List<AuditDetail.Said> detail = new ArrayList<>(List.of(AuditDetail.phrase(AuditPhrase.CASES_ERASED)
                .with("erased", erased).with("open", filed.open())));
        if (account) {
            detail.add(AuditDetail.phrase(AuditPhrase.ACCOUNT_ERASED));
        }
        audit.record(caller.username(), AuditAction.PERSONAL_DATA_ERASED, "user:" + username, null,
                new AuditDetail(detail));
        return new Erasure(username, erased, filed.open(), account);
    }
}
