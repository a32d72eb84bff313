package org.disputedesk.park;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.disputedesk.web.Problems;
import org.disputedesk.web.Sentence;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 422: an import that cannot be done, with every bad line of the file; nothing was imported. What
 * is wrong with each line is answered in the reader's language.
 */
class BadRows extends ErrorResponseException {

    /** A line of the file as a spreadsheet numbers its rows (the header is 1), and what is wrong with it. */
    record BadRow(int line, String message) {
    }

    /** A bad line and its problems, to be said in the reader's language. */
    record Line(int number, List<Sentence> problems) {
        BadRow in(MessageSource messages, Locale locale) {
            return new BadRow(number, problems.stream().map(p -> p.in(messages, locale))
                    .collect(Collectors.joining("; ")));
        }
    }

    private final List<Line> lines;

    BadRows(List<Line> lines, Sentence detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(lines, detail.english()), null, detail.code(), detail.args());
        this.lines = lines;
    }

    /** The file itself cannot be read as an import, at {@code line}. */
    static BadRows file(int line, Sentence problem) {
        return new BadRows(List.of(new Line(line, List.of(problem))), new Sentence("problem.import.fileRefused",
                "The file cannot be imported: " + problem.english() + ". Nothing was imported.",
                Integer.toString(line)));
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = super.updateAndGetBody(messages, locale);
        body.setProperty("errors", lines.stream().map(line -> line.in(messages, locale)).toList());
        return body;
    }

    private static ProblemDetail problem(List<Line> lines, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "Import refused", detail);
        problem.setProperty("errors", lines.stream().map(line -> line.in(null, null)).toList());
        return problem;
    }
}
