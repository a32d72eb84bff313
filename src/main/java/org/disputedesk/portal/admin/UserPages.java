package org.disputedesk.portal.admin;

import java.util.Arrays;
import java.util.List;

import org.disputedesk.account.Account;
import org.disputedesk.account.UserAdministration;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people of a park, for its administrator (every park's for the installation's): found by
 * role and name, created with a temporary password shown once, disabled and enabled, their
 * password reset. The page reads; its forms post to the users API, whose refusals they show.
 */
@Controller
class UserPages {

    /** What a park administrator may create: the park's own staff. */
    private static final List<Role> PARK_STAFF = List.of(Role.SHOP, Role.MEDIATOR, Role.STREAMER);

    private final AdministeredParks parks;
    private final UserAdministration users;

    UserPages(AdministeredParks parks, UserAdministration users) {
        this.parks = parks;
        this.users = users;
    }

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) String parkId,
                 @RequestParam(required = false) Role role, @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        AdministeredParks.Choice choice = parks.choice(user, parkId);
        String search = StringUtils.hasText(q) ? q : null;
        List<Account> found = users.list(user, choice.chosen(), role, search, Math.max(page, 0),
                AdministrationPages.PAGE_SIZE);
        model.addAttribute("choice", choice).addAttribute("role", role).addAttribute("q", search)
                .addAttribute("users", found).addAttribute("page", Math.max(page, 0))
                .addAttribute("hasNext", found.size() == AdministrationPages.PAGE_SIZE)
                .addAttribute("roles", user.is(Role.ADMIN) ? Arrays.asList(Role.values()) : PARK_STAFF);
        return "admin-users";
    }
}
