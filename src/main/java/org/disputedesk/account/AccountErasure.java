package org.disputedesk.account;

import java.util.Optional;

import org.disputedesk.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's account when their personal data is erased at their request: its name, email, language
 * and single sign-on links go, and the account is disabled. The username stays, as the key the audit
 * log and the cases' history refer to. The caller records the erasure in the audit log.
 */
@Service
public class AccountErasure {

    private final Accounts accounts;
    private final ExternalIdentities identities;

    AccountErasure(Accounts accounts, ExternalIdentities identities) {
        this.accounts = accounts;
        this.identities = identities;
    }

    /** The account's role, its row locked until the transaction ends; empty when there is no such account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Role> lock(String username) {
        return accounts.lock(username).map(Account::role);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(String username) {
        accounts.anonymise(username);
        identities.unlinkAll(username);
    }
}
