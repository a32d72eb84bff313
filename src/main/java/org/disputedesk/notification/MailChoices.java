package org.disputedesk.notification;

import jakarta.validation.constraints.NotNull;

/**
 * Which notices a user also receives by mail; the portal always shows all of them.
 *
 * @param actionRequired the case waits for them, until when
 * @param reminders their deadline is near
 * @param outcomes their case closed
 */
public record MailChoices(@NotNull Boolean actionRequired, @NotNull Boolean reminders, @NotNull Boolean outcomes) {

    static final MailChoices ALL = new MailChoices(true, true, true);
}
