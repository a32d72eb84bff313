package org.disputedesk.account;

import org.disputedesk.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * 409: the username or the email belongs to an account already. The same answer for either, so
 * that it tells no more than that one of the two is taken.
 */
class AccountTaken extends ErrorResponseException {

    AccountTaken() {
        super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Already taken",
                "This username or email belongs to an account already; nothing was changed."), null);
    }
}
