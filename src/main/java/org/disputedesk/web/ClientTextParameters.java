package org.disputedesk.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@link ClientText} for every text a handler reads from the request line, a header or a form part
 * (a filter, an Idempotency-Key, an evidence note). A refused one is a type mismatch naming the
 * parameter, which the problem handler answers with 400.
 */
@ControllerAdvice
class ClientTextParameters {

    @InitBinder
    void clientText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(ClientText.accept(text));
            }
        });
    }
}
