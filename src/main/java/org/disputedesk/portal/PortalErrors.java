package org.disputedesk.portal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's errors as a page: people in a browser get a readable explanation in their language and
 * a way back, never problem+json (that stays the API's) and never a stack trace.
 */
@ControllerAdvice(basePackages = "org.disputedesk.portal")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView known(ErrorResponseException error) {
        return page(error.getStatusCode());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter() {
        return page(HttpStatusCode.valueOf(400));
    }

    private static ModelAndView page(HttpStatusCode status) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
