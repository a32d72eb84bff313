package org.disputedesk.portal;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.security.SignOnProviders;
import org.disputedesk.security.SignOnRefused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where each role lands after signing in: its inbox; the administrator's is Cockpit, a streamer's the
 * cases about their rooms (their inbox holds only the questions put to them).
 */
@Controller
class HomePage {

    private final SignOnProviders providers;

    HomePage(SignOnProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal DeskUser user) {
        if (user.is(Role.ADMIN)) {
            return "redirect:/camunda/app/cockpit/default/";
        }
        return user.is(Role.STREAMER) ? "redirect:/cases" : "redirect:/inbox";
    }

    /** The password form, a link to each OpenID provider, and why a single sign-on was refused ({@code sso}). */
    @GetMapping("/login")
    String login(@RequestParam(name = "sso", required = false) String refused, Model model) {
        model.addAttribute("providers", providers.all());
        SignOnRefused.Reason.of(refused)
                .ifPresent(reason -> model.addAttribute("signOnRefused", "login.sso." + reason.name()));
        return "login";
    }
}
