package org.disputedesk.park;

import org.disputedesk.web.Problems;
import org.disputedesk.web.Sentence;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 409: a park or shop with this id exists already; nothing was changed. */
class AlreadyExists extends ErrorResponseException {

    AlreadyExists(Sentence detail) {
        super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Already exists", detail.english()), null,
                detail.code(), detail.args());
    }
}
