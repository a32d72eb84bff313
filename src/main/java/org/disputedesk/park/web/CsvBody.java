package org.disputedesk.park.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.disputedesk.web.Problems;
import org.disputedesk.web.Sentence;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The body of a shop import, read whole up to its limit: 20,000 shops of a hundred bytes a row are
 * 2 MB, and the limit leaves room for rows twice as long (Chinese names take 3 bytes a character).
 */
final class CsvBody {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final String LIMIT = "4 MB";

    private CsvBody() {
    }

    static byte[] read(HttpServletRequest request) throws IOException {
        Charset charset = MediaType.parseMediaType(request.getContentType()).getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            throw Problems.refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not UTF-8", new Sentence(
                    "problem.import.charset", "An import is read as UTF-8 only; save the file as \"CSV UTF-8\"."));
        }
        byte[] body = request.getContentLengthLong() > MAX_BYTES ? null
                : request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body == null || body.length > MAX_BYTES) {
            throw Problems.refusal(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", new Sentence(
                    "problem.import.tooLarge", "An import may have at most " + LIMIT + ".", LIMIT));
        }
        return body;
    }
}
