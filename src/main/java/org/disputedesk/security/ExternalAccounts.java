package org.disputedesk.security;

/** The desk's account a person signs into by single sign-on; the accounts module decides which. */
public interface ExternalAccounts {

    /**
     * The username of the account {@code identity} signs into: the one linked to it, or at the first
     * sign-in an account linked or opened for it.
     *
     * @throws SignOnRefused when the person may not sign in, or no account may be linked or opened for them
     */
    String accountOf(ExternalIdentity identity);
}
