package org.disputedesk.account;

import java.util.Set;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Anyone opens a buyer's account of their own, a few per client address and hour. */
@Service
public class SignUp {

    private final SignUpAttempts attempts;
    private final Accounts accounts;
    private final DeskUsers users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    SignUp(SignUpAttempts attempts, Accounts accounts, DeskUsers users, PasswordEncoder encoder, AuditLog audit) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * The new buyer's account. A taken username or email is 409, and the attempt still counts
     * (the transaction commits it); a refused password or a full window writes nothing.
     */
    @Transactional(noRollbackFor = AccountTaken.class)
    public Account signUp(SignUpRequest request, String remoteAddress) {
        NewPasswords.check("password", request.password(), request.username());
        attempts.refuseIfFull(remoteAddress); // a full window costs no password hash
        String hash = encoder.encode(request.password()); // before taking the turn: bcrypt is the slow part
        attempts.count(remoteAddress);
        String email = Rules.email(request.email());
        if (accounts.taken(request.username(), email)) {
            throw new AccountTaken();
        }
        try {
            users.add(new DeskUsers.NewUser(request.username(), Role.BUYER, request.displayName(), email, null,
                    Set.of(), null), hash, false);
        } catch (DuplicateKeyException e) {
            // taken by a sign-up that committed meanwhile; PostgreSQL has ended this transaction already
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            throw new AccountTaken();
        }
        audit.record(request.username(), AuditAction.USER_SIGNED_UP, UserAdministration.target(request.username()),
                null, AuditDetail.of(AuditDetail.phrase(AuditPhrase.ROLE).with("role", Role.BUYER)));
        return accounts.find(request.username()).orElseThrow();
    }
}
