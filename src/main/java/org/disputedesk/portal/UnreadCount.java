package org.disputedesk.portal;

import org.disputedesk.notification.NotificationCenter;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count on the layout's bell, on every portal page a signed-in user sees. */
@ControllerAdvice(basePackages = "org.disputedesk.portal")
class UnreadCount {

    private final NotificationCenter notifications;

    UnreadCount(NotificationCenter notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(@AuthenticationPrincipal DeskUser user) {
        return user == null ? null : notifications.unread(user);
    }
}
