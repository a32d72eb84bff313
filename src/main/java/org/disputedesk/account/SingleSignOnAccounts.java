package org.disputedesk.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.ExternalAccounts;
import org.disputedesk.security.ExternalIdentity;
import org.disputedesk.security.Role;
import org.disputedesk.security.SignOnRefused;
import org.disputedesk.security.SignOnRefused.Reason;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account a person signs into by single sign-on. Later sign-ins find it by the provider's issuer
 * and subject. At the first, the provider must vouch for the person's email: an account with that
 * email is linked only if an administrator gave it that email (created it for that person, or set
 * it since); an account opened by signing up, or whose user chose that email, is someone's own, and
 * is not taken over. Without an account, a buyer's account is opened with that email. Either is
 * recorded in the audit log; a disabled account is refused.
 */
@Service
class SingleSignOnAccounts implements ExternalAccounts {

    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 200;

    private final ExternalIdentities identities;
    private final Accounts accounts;
    private final DeskUsers users;
    private final DerivedUsernames usernames;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    SingleSignOnAccounts(ExternalIdentities identities, Accounts accounts, DeskUsers users, DerivedUsernames usernames,
                         PasswordEncoder encoder, AuditLog audit) {
        this.identities = identities;
        this.accounts = accounts;
        this.users = users;
        this.usernames = usernames;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    @Transactional
    public String accountOf(ExternalIdentity identity) {
        try {
            Optional<String> linked = identities.username(identity.issuer(), identity.subject());
            if (linked.isPresent()) {
                requireEnabled(accounts.find(linked.get()).orElseThrow());
                return linked.get();
            }
            return firstSignOn(identity);
        } catch (DuplicateKeyException e) {
            // the same person, the name or the email linked or taken by a request that committed meanwhile
            throw new SignOnRefused(Reason.FAILED, "Signed on at the same time as another request; try again.");
        }
    }

    private String firstSignOn(ExternalIdentity identity) {
        String email = Rules.email(identity.email());
        if (!identity.emailVerified() || email == null || email.length() > MAX_EMAIL || !email.matches(Rules.EMAIL)) {
            throw new SignOnRefused(Reason.UNVERIFIED_EMAIL, "The provider vouches for no email address of yours.");
        }
        Optional<Account> holder = accounts.lockByEmail(email);
        return holder.isPresent() ? link(identity, holder.get()) : open(identity, email);
    }

    private String link(ExternalIdentity identity, Account account) {
        if (!accounts.emailFromAdministrator(account.username())) {
            throw new SignOnRefused(Reason.EMAIL_TAKEN, "An account opened by its user has this email.");
        }
        requireEnabled(account);
        identities.link(identity.issuer(), identity.subject(), account.username());
        List<AuditDetail.Said> detail = new ArrayList<>(List.of(
                AuditDetail.phrase(AuditPhrase.SINGLE_SIGN_ON).with("issuer", identity.issuer())));
        if (account.mustChangePassword()) {
            // The temporary password was for the first sign-in, which the provider has now made: it
            // would otherwise stay, unchanged, as a password its user never chose.
            accounts.setPassword(account.username(), encoder.encode(NewPasswords.temporary()), false);
            detail.add(AuditDetail.phrase(AuditPhrase.TEMPORARY_PASSWORD_RETIRED));
        }
        audit.record(account.username(), AuditAction.SIGN_ON_LINKED, UserAdministration.target(account.username()),
                account.parkId(), new AuditDetail(detail));
        return account.username();
    }

    /** A buyer's account with the email the provider vouched for, whose password nobody knows. */
    private String open(ExternalIdentity identity, String email) {
        String username = usernames.freeFor(email);
        users.add(new DeskUsers.NewUser(username, Role.BUYER, displayName(identity.name(), username), email, null,
                Set.of(), null), encoder.encode(NewPasswords.temporary()), false);
        identities.link(identity.issuer(), identity.subject(), username);
        audit.record(username, AuditAction.USER_SIGNED_UP, UserAdministration.target(username), null,
                AuditDetail.of(AuditDetail.phrase(AuditPhrase.ROLE).with("role", Role.BUYER),
                        AuditDetail.phrase(AuditPhrase.SINGLE_SIGN_ON).with("issuer", identity.issuer())));
        return username;
    }

    private static void requireEnabled(Account account) {
        if (!account.enabled()) {
            throw new SignOnRefused(Reason.DISABLED, "Account " + account.username() + " is disabled.");
        }
    }

    /** The name the provider gives, if an account's name may be that; else the username. */
    private static String displayName(String name, String username) {
        boolean usable = name != null && !name.isBlank() && name.length() <= MAX_NAME && name.matches(Rules.ONE_LINE);
        return usable ? name.strip() : username;
    }
}
