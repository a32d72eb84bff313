package org.disputedesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 400 for field rules that depend on other fields (a counter-offer needs an amount), which
 * Bean Validation annotations cannot express. Collects every invalid field before it is thrown;
 * each field's message is answered in the reader's language.
 */
public class InvalidFields extends ErrorResponseException {

    /** A field and what is wrong with it. */
    private record Invalid(String field, Sentence message) {
        FieldError in(MessageSource messages, Locale locale) {
            return new FieldError(field, message.in(messages, locale));
        }
    }

    private final List<Invalid> invalid;

    private InvalidFields(List<Invalid> invalid) {
        super(HttpStatus.BAD_REQUEST, Problems.invalid(invalid.stream().map(i -> i.in(null, null)).toList()), null);
        this.invalid = invalid;
    }

    public static Builder check() {
        return new Builder();
    }

    /** 400 naming one invalid field, its message said as it is. */
    public static InvalidFields of(String field, String message) {
        return new InvalidFields(List.of(new Invalid(field, Sentence.asIs(message))));
    }

    /** 400 naming every field that broke a Bean Validation rule of a request read elsewhere than from JSON. */
    public static void throwIfAny(Set<? extends ConstraintViolation<?>> violations) {
        if (!violations.isEmpty()) {
            // Bean Validation has said each message in the reader's language already
            throw new InvalidFields(violations.stream()
                    .map(v -> new Invalid(v.getPropertyPath().toString(), Sentence.asIs(v.getMessage())))
                    .sorted(Comparator.comparing(Invalid::field)).toList());
        }
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = super.updateAndGetBody(messages, locale);
        body.setProperty("errors", invalid.stream().map(i -> i.in(messages, locale)).toList());
        return body;
    }

    /** One invalid field, as listed in a 400's {@code errors}. */
    public record FieldError(String field, String message) {
    }

    /** Gathers the errors; {@link #throwIfAny()} ends the check. */
    public static final class Builder {
        private final List<Invalid> errors = new ArrayList<>();

        /**
         * Unless {@code condition} holds, {@code field} is invalid: {@code message} in English, and
         * under {@code code} in the bundle {@code i18n/problems} for other languages.
         */
        public Builder require(boolean condition, String field, String code, String message) {
            if (!condition) {
                errors.add(new Invalid(field, new Sentence(code, message)));
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
