package org.disputedesk.portal.notifications;

import java.util.Locale;

import org.disputedesk.account.MyAccount;
import org.disputedesk.notification.NotificationCenter;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The user's notices, newest first, each marked read from here, and the choice of what comes by mail. */
@Controller
class NotificationsPage {

    private static final int PAGE = 50;

    private final NotificationCenter notifications;
    private final MyAccount myAccount;

    NotificationsPage(NotificationCenter notifications, MyAccount myAccount) {
        this.notifications = notifications;
        this.myAccount = myAccount;
    }

    @GetMapping("/notifications")
    String show(@AuthenticationPrincipal DeskUser user, @RequestParam(defaultValue = "false") boolean unread,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        model.addAttribute("inbox", notifications.of(user, unread, Math.max(page, 0), PAGE, locale))
                .addAttribute("unreadOnly", unread)
                .addAttribute("page", Math.max(page, 0))
                .addAttribute("pageSize", PAGE)
                .addAttribute("mail", notifications.mailChoices(user))
                .addAttribute("email", myAccount.of(user).email());
        return "notifications";
    }
}
