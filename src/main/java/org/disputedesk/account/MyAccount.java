package org.disputedesk.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.InvalidFields;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Everyone's own account: reading it, changing one's name, email and language, choosing a new password. */
@Service
public class MyAccount {

    private final Accounts accounts;
    private final AuthenticationManager signIn;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    MyAccount(Accounts accounts, AuthenticationManager signIn, PasswordEncoder encoder, AuditLog audit,
              TransactionTemplate transaction) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.encoder = encoder;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Transactional(readOnly = true)
    public Account of(DeskUser user) {
        return accounts.find(user.username()).orElseThrow();
    }

    @Transactional
    public Account change(DeskUser user, OwnChanges changes) {
        Account old = accounts.lock(user.username()).orElseThrow();
        String email = changes.email() == null ? old.email() : Rules.email(changes.email());
        if (!Objects.equals(email, old.email()) && accounts.emailTakenByAnother(email, old.username())) {
            throw new AccountTaken();
        }
        Account now = new Account(old.username(), changes.displayName() == null ? old.displayName()
                : changes.displayName(), email, old.role(), old.parkId(), old.shopIds(), old.streamerId(),
                changes.locale() == null ? old.locale() : changes.locale(), old.enabled(), old.mustChangePassword());
        List<AuditDetail.Said> changed = new ArrayList<>();
        if (!now.displayName().equals(old.displayName())) {
            changed.add(AuditDetail.phrase(AuditPhrase.DISPLAY_NAME_CHANGED));
        }
        if (!Objects.equals(now.email(), old.email())) {
            changed.add(AuditDetail.phrase(AuditPhrase.EMAIL_CHANGED));
        }
        if (!now.locale().equals(old.locale())) {
            changed.add(AuditDetail.phrase(AuditPhrase.LANGUAGE_CHANGED).with("locale", now.locale()));
        }
        if (!changed.isEmpty()) {
            accounts.update(now);
            audit.record(old.username(), AuditAction.ACCOUNT_CHANGED, UserAdministration.target(old.username()),
                    old.parkId(), new AuditDetail(changed));
        }
        return now;
    }

    /**
     * The user's new password, once the current one is proven. Proving it is a sign-in like any other,
     * outside the change's transaction: a wrong one counts towards the lock-out and stays counted.
     * The user's sign-ins made before it end; the caller renews the one that asked.
     */
    public void changePassword(DeskUser user, PasswordChange change) {
        try {
            signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.username(),
                    change.currentPassword()));
        } catch (AuthenticationException wrong) {
            throw InvalidFields.of("currentPassword", "is not your current password");
        }
        NewPasswords.check("newPassword", change.newPassword(), user.username());
        if (change.newPassword().equals(change.currentPassword())) {
            throw InvalidFields.of("newPassword", "must differ from the current password");
        }
        String hash = encoder.encode(change.newPassword());
        transaction.executeWithoutResult(status -> {
            Account account = accounts.lock(user.username()).orElseThrow();
            accounts.setPassword(user.username(), hash, false);
            audit.record(user.username(), AuditAction.PASSWORD_CHANGED, UserAdministration.target(user.username()),
                    account.parkId(), AuditDetail.of(AuditDetail.phrase(AuditPhrase.OTHER_SIGN_INS_ENDED)));
        });
    }
}
