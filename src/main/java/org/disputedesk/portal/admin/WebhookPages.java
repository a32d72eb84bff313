package org.disputedesk.portal.admin;

import java.util.List;

import org.disputedesk.security.DeskUser;
import org.disputedesk.webhook.Delivery;
import org.disputedesk.webhook.Webhook;
import org.disputedesk.webhook.WebhookAdministration;
import org.disputedesk.webhook.WebhookEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A park's webhooks, for its administrators (and administrators, every park's): the subscriptions,
 * a new one (whose secret the page shows this once), and each one's delivery log, where a message
 * is sent again and the subscription deleted. The forms post to the API ({@code /api/webhooks}).
 */
@Controller
class WebhookPages {

    private final AdministeredParks parks;
    private final WebhookAdministration webhooks;

    WebhookPages(AdministeredParks parks, WebhookAdministration webhooks) {
        this.parks = parks;
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhooks")
    String webhooks(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) String parkId,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        AdministeredParks.Choice choice = parks.choice(user, parkId);
        List<Webhook> listed = webhooks.list(user, choice.chosen(), Math.max(page, 0), AdministrationPages.PAGE_SIZE);
        model.addAttribute("choice", choice).addAttribute("webhooks", listed)
                .addAttribute("events", WebhookEvent.types()).addAttribute("page", Math.max(page, 0))
                .addAttribute("hasNext", listed.size() == AdministrationPages.PAGE_SIZE);
        return "admin-webhooks";
    }

    @GetMapping("/admin/webhooks/{id}")
    String deliveries(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        List<Delivery> log = webhooks.deliveries(user, id, Math.max(page, 0), AdministrationPages.PAGE_SIZE);
        model.addAttribute("webhook", webhooks.get(user, id)).addAttribute("deliveries", log)
                .addAttribute("page", Math.max(page, 0))
                .addAttribute("hasNext", log.size() == AdministrationPages.PAGE_SIZE);
        return "admin-webhook";
    }
}
