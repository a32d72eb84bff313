package org.disputedesk.notification.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.disputedesk.notification.MailChoices;
import org.disputedesk.notification.NotificationCenter;
import org.disputedesk.security.DeskUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's notices and their choice of mail. */
@RestController
@Tag(name = "Notifications", description = "What the caller was told: that a case waits for them, a reminder "
        + "before their deadline, how a case ended; and which of these they also receive by mail.")
class NotificationsController {

    private final NotificationCenter center;

    NotificationsController(NotificationCenter center) {
        this.center = center;
    }

    @Operation(operationId = "listMyNotifications", summary = "Read my notifications",
            description = "Newest first, a page at a time, worded in the request's language; `unread=true` keeps "
                    + "the unread ones. `unread` in the answer counts all unread notifications.")
    @ApiResponse(responseCode = "200", description = "The count of unread notifications and a page of them.")
    @GetMapping("/api/notifications")
    NotificationCenter.Inbox list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Locale locale) {
        return center.of(user, unread, page, size, locale);
    }

    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read")
    @ApiResponse(responseCode = "204", description = "Read (also when it already was).")
    @ApiResponse(responseCode = "404", description = "The caller has no such notification.")
    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> markRead(@AuthenticationPrincipal DeskUser user, @PathVariable long id) {
        center.markRead(user, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read")
    @ApiResponse(responseCode = "204", description = "All read.")
    @PostMapping("/api/notifications/read")
    ResponseEntity<Void> markAllRead(@AuthenticationPrincipal DeskUser user) {
        center.markAllRead(user);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "getMyMailChoices", summary = "Read which notifications I receive by mail",
            description = "Mail goes to the account's email, in its language. Without a choice made, all of them.")
    @ApiResponse(responseCode = "200", description = "The choices.")
    @GetMapping("/api/notifications/mail")
    MailChoices mailChoices(@AuthenticationPrincipal DeskUser user) {
        return center.mailChoices(user);
    }

    @Operation(operationId = "chooseMyMail", summary = "Choose which notifications I receive by mail",
            description = "The portal shows every notification whatever the choice.")
    @ApiResponse(responseCode = "200", description = "Chosen: the choices.")
    @PutMapping("/api/notifications/mail")
    MailChoices chooseMail(@AuthenticationPrincipal DeskUser user, @Valid @RequestBody MailChoices choices) {
        return center.chooseMail(user, choices);
    }
}
