package org.disputedesk.web;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 429 with {@code Retry-After}: the caller must wait before trying again. */
public class TooManyRequests extends ErrorResponseException {

    private final long retryAfterSeconds;

    public TooManyRequests(Sentence detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                detail.english()), null, detail.code(), detail.args());
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        getBody().setProperty("retryAfterSeconds", retryAfterSeconds);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }
}
