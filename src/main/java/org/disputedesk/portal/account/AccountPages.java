package org.disputedesk.portal.account;

import org.disputedesk.account.Account;
import org.disputedesk.account.MyAccount;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages of one's own account, each posting to the account API: signing up as a buyer, the
 * account itself (name, email, language), and a new password, which is also the page a user with a
 * temporary password is sent to until they chose their own.
 */
@Controller
class AccountPages {

    private final MyAccount myAccount;

    AccountPages(MyAccount myAccount) {
        this.myAccount = myAccount;
    }

    @GetMapping("/signup")
    String signUp() {
        return "signup";
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal DeskUser user, Model model) {
        model.addAttribute("account", myAccount.of(user));
        return "account";
    }

    @GetMapping("/account/password")
    String password(@AuthenticationPrincipal DeskUser user, Model model) {
        Account account = myAccount.of(user);
        model.addAttribute("account", account).addAttribute("first", account.mustChangePassword());
        return "password";
    }
}
