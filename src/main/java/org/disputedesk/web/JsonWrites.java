package org.disputedesk.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's state changes take JSON, {@code multipart/form-data} where a file is uploaded, and
 * {@code text/csv} where a spreadsheet is imported; a step without a body may come without a type.
 * Anything else is refused with 415 before any endpoint runs, so that no body a browser sends
 * cross-site without asking first (a form's {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data} or {@code text/plain}) can take a step, not even one such as a
 * withdrawal that reads no body at all. {@code text/csv} is not among those: a page of another
 * site cannot send it without the browser asking this server first, which it never allows.
 */
public class JsonWrites extends WriteGuard {

    private static final MediaType ANY_JSON = MediaType.valueOf("application/*+json");

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    private final RequestMatcher uploads;
    private final RequestMatcher imports;

    /**
     * {@code uploads}: the endpoints that take files, and so {@code multipart/form-data};
     * {@code imports}: those that take a spreadsheet, and so {@code text/csv}.
     */
    public JsonWrites(ProblemWriter problems, RequestMatcher uploads, RequestMatcher imports) {
        super(problems, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "A change takes application/json; a file upload, multipart/form-data; an import, text/csv.");
        this.uploads = uploads;
        this.imports = imports;
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
        return !json && !(MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type) && uploads.matches(request))
                && !(CSV.equalsTypeAndSubtype(type) && imports.matches(request));
    }
}
