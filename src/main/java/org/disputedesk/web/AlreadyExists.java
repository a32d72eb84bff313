package org.disputedesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 409: what the request would create exists already (a park, a shop, a standard); nothing was changed. */
public class AlreadyExists extends ErrorResponseException {

    public AlreadyExists(Sentence detail) {
        super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Already exists", detail.english()), null,
                detail.code(), detail.args());
    }
}
