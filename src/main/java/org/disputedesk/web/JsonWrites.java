package org.disputedesk.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's state changes take JSON, or where a file is uploaded the file's own type (evidence as
 * {@code multipart/form-data}, a shop list as {@code text/csv}, which no form can send); a step
 * without a body may come without a type. Anything else is refused with 415 before any
 * endpoint runs, so that no body a browser sends cross-site without asking first (a form's
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain})
 * can take a step, not even one such as a withdrawal that reads no body at all.
 */
public class JsonWrites extends WriteGuard {

    private static final MediaType ANY_JSON = MediaType.valueOf("application/*+json");

    private final Map<MediaType, RequestMatcher> uploads;

    /** {@code uploads}: each type a file may come as, and the endpoints that take it. */
    public JsonWrites(ProblemWriter problems, Map<MediaType, RequestMatcher> uploads) {
        super(problems, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "A change takes application/json; evidence, multipart/form-data; a shop import, text/csv.");
        this.uploads = uploads;
    }

    @Override
    protected boolean refuses(HttpServletRequest request) {
        String declared = request.getContentType();
        if (declared == null) {
            return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(declared);
        } catch (InvalidMediaTypeException e) {
            return true;
        }
        boolean json = MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) || ANY_JSON.includes(type);
        return !json && uploads.entrySet().stream()
                .noneMatch(upload -> upload.getKey().equalsTypeAndSubtype(type) && upload.getValue().matches(request));
    }
}
