/**
 * Accounts: administrators and park administrators create users with a temporary password, change,
 * disable and re-enable them and reset their passwords; anyone signs up as a buyer; everyone reads
 * and changes their own account and password; a person an OpenID provider vouches for signs into a
 * buyer's account of their own, or an account an administrator created for their email. Each change
 * by an administrator, and each sign-up, link and change of one's own account, is recorded in the
 * audit log under the park of the user concerned.
 */
package org.disputedesk.account;
