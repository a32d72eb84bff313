package org.disputedesk.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page that Tomcat forwards to when a filter or a servlet other than Spring MVC's fails or
 * sends an error (engine REST, the webapps, Spring Security): problem+json like every other error,
 * in place of Spring Boot's own error JSON. Tomcat has already logged any exception.
 */
@Controller
class ProblemErrorPage implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorPage(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a request for /error itself finds nothing
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = status.is5xxServerError() ? "The request could not be completed; nothing was changed."
                : "The request was refused: " + status.getReasonPhrase().toLowerCase() + ".";
        problems.write(response, status, status.getReasonPhrase(), detail);
    }
}
