package org.disputedesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 400 for field rules that depend on other fields (a counter-offer needs an amount), which
 * Bean Validation annotations cannot express. Collects every invalid field before it is thrown.
 */
public class InvalidFields extends ErrorResponseException {

    private InvalidFields(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, Problems.invalid(errors), null);
    }

    public static Builder check() {
        return new Builder();
    }

    /** 400 naming one invalid field. */
    public static InvalidFields of(String field, String message) {
        return new InvalidFields(List.of(new FieldError(field, message)));
    }

    /** 400 naming every field that broke a Bean Validation rule of a request read elsewhere than from JSON. */
    public static void throwIfAny(Set<? extends ConstraintViolation<?>> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidFields(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList());
        }
    }

    /** One invalid field, as listed in a 400's {@code errors}. */
    public record FieldError(String field, String message) {
    }

    /** Gathers the errors; {@link #throwIfAny()} ends the check. */
    public static final class Builder {
        private final List<FieldError> errors = new ArrayList<>();

        public Builder require(boolean condition, String field, String message) {
            if (!condition) {
                errors.add(new FieldError(field, message));
            }
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidFields(errors);
            }
        }
    }
}
