package org.disputedesk.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every error of the API into {@code application/problem+json}: the most specific status,
 * each invalid field named, never a stack trace. A problem raised with a code of the bundle
 * {@code i18n/problems} (or an exception class named there, {@code problemDetail.<class>}) is
 * answered in the reader's language: Spring's own handling resolves it with the request's locale.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid(byField(ex.getBindingResult()).toList()));
    }

    /**
     * Spring MVC's method validation, for a handler with a constraint on a parameter or header: it
     * checks those and a {@code @Valid} body in one pass, so the body's errors come here too, by field.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidFields.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? byField(body)
                        : result.getResolvableErrors().stream()
                                .map(e -> new InvalidFields.FieldError(parameterName(result), e.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    /** A validated body's errors, each named by its field. */
    private static Stream<InvalidFields.FieldError> byField(Errors errors) {
        return errors.getFieldErrors().stream()
                .map(e -> new InvalidFields.FieldError(e.getField(), e.getDefaultMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String duplicated = duplicatedField(ex);
        if (duplicated != null) {
            ProblemDetail problem = Problems.invalid(List.of(new InvalidFields.FieldError(duplicated,
                    "appears more than once")));
            problem.setDetail("The body gives the field " + duplicated + " more than once; give each field once.");
            return ResponseEntity.badRequest().body(problem);
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(Problems.invalid(
                    List.of(new InvalidFields.FieldError(field, expectation(mapping)))));
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request",
                "The request body is missing or is not valid JSON."));
    }

    /**
     * The field named twice, with its path ({@code livestream.room}), when the parser's strict
     * duplicate detection refused the body; else null. Jackson says so only in the message of a
     * {@link JsonParseException}, whose parser still stands at the second occurrence.
     */
    private static String duplicatedField(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")
                    && parse.getProcessor() != null) {
                StringBuilder path = new StringBuilder();
                for (JsonStreamContext c = parse.getProcessor().getParsingContext(); c != null && !c.inRoot();
                        c = c.getParent()) {
                    path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
                }
                return path.toString().replaceFirst("^\\.", "");
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
                ? "must be one of " + Arrays.toString(ex.getRequiredType().getEnumConstants())
                : ex.getCause() instanceof ClientText.Refused refused ? refused.getMessage() : "has the wrong type";
        return ResponseEntity.badRequest().body(Problems.invalid(
                List.of(new InvalidFields.FieldError(ex.getName(), message))));
    }

    /** A multipart body that is cut short, badly framed, or names its file with control characters. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Malformed upload",
                "The multipart body could not be read; send one part named 'file' with a plain file name."));
    }

    /**
     * The case or buyer row stayed locked past the database's lock timeout, or the database broke a
     * deadlock: nothing was written, and the same request is likely to succeed shortly. H2 reports
     * its lock timeout as a query timeout, PostgreSQL as a failure to acquire the lock.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> busy(TransientDataAccessException ex) {
        log.info("Request refused while its case was busy: {}", ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(said(HttpStatus.SERVICE_UNAVAILABLE, "Busy", new Sentence("problem.busy",
                        "The case is being changed by another request; nothing was changed, try again.")));
    }

    /** The engine found its state changed under this request: another request or a deadline won. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> changedConcurrently(OptimisticLockingException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(said(HttpStatus.CONFLICT, "Changed concurrently",
                new Sentence("problem.changedConcurrently",
                        "Another request or a deadline changed this case first; nothing was changed.")));
    }

    /** The last resort: log the cause for the operator, tell the client nothing internal. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", "The request could not be completed; nothing was changed."));
    }

    /** A problem of this handler's own, its detail in the reader's language. */
    private ProblemDetail said(HttpStatus status, String title, Sentence detail) {
        return Problems.of(status, title, detail.in(getMessageSource(), LocaleContextHolder.getLocale()));
    }

    private static String expectation(JsonMappingException mapping) {
        if (mapping instanceof StrictJson.RefusedString refused) {
            return refused.getOriginalMessage();
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "must be a " + format.getTargetType().getSimpleName().toLowerCase();
        }
        return "has the wrong type or shape";
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter";
    }
}
