package org.disputedesk.park;

import java.util.List;

import org.disputedesk.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422: an import that cannot be done, with every bad line of the file; nothing was imported. */
class BadRows extends ErrorResponseException {

    /** A line of the file as a spreadsheet numbers its rows (the header is 1), and what is wrong with it. */
    record BadRow(int line, String message) {
    }

    BadRows(List<BadRow> errors, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(errors, detail), null);
    }

    /** The file itself cannot be read as an import, at {@code line}. */
    static BadRows file(int line, String message) {
        return new BadRows(List.of(new BadRow(line, message)), "The file cannot be imported: " + message
                + ". Nothing was imported.");
    }

    private static ProblemDetail problem(List<BadRow> errors, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "Import refused", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
