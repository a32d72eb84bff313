package org.disputedesk.portal.admin;

import java.util.List;
import java.util.Locale;

import org.disputedesk.audit.AuditLog;
import org.disputedesk.park.Directory;
import org.disputedesk.park.Shop;
import org.disputedesk.park.StreamerOnboarding;
import org.disputedesk.park.StreamerProfile;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How a park goes live, for administrators (every park) and park administrators (their own): the
 * parks, the shop directory with its two ways of onboarding shops, the streamers' profiles, and the
 * audit log. The pages read; their forms post to the API ({@code POST /api/admin/parks},
 * {@code POST /api/admin/shops}, {@code POST /api/admin/shops/import}, {@code POST /api/admin/streamers}),
 * whose refusals they show.
 */
@Controller
class AdministrationPages {

    static final int PAGE_SIZE = 50;

    private final AdministeredParks parks;
    private final Directory directory;
    private final AuditLog audit;
    private final StreamerOnboarding streamers;

    AdministrationPages(AdministeredParks parks, Directory directory, AuditLog audit, StreamerOnboarding streamers) {
        this.streamers = streamers;
        this.parks = parks;
        this.directory = directory;
        this.audit = audit;
    }

    /** The parks, each leading to its shops and its log; an administrator creates parks here. */
    @GetMapping("/admin/parks")
    String parks(@AuthenticationPrincipal DeskUser user, Model model) {
        model.addAttribute("parks", parks.of(user)).addAttribute("canCreate", user.is(Role.ADMIN));
        return "admin-parks";
    }

    /** The directory, searched by name or id, with a shop's form and a spreadsheet's upload. */
    @GetMapping("/admin/shops")
    String shops(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) String parkId,
                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        AdministeredParks.Choice choice = parks.choice(user, parkId);
        String search = StringUtils.hasText(q) ? q : null;
        List<Shop> shops = directory.shops(choice.chosen(), search, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("choice", choice).addAttribute("q", search).addAttribute("shops", shops)
                .addAttribute("page", Math.max(page, 0)).addAttribute("hasNext", shops.size() == PAGE_SIZE);
        return "admin-shops";
    }

    /** The streamers' profiles of the park (or of every park), with the form that registers one. */
    @GetMapping("/admin/streamers")
    String streamers(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) String parkId,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        AdministeredParks.Choice choice = parks.choice(user, parkId);
        List<StreamerProfile> profiles = streamers.list(user, choice.chosen(), Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("choice", choice).addAttribute("streamers", profiles)
                .addAttribute("page", Math.max(page, 0)).addAttribute("hasNext", profiles.size() == PAGE_SIZE);
        return "admin-streamers";
    }

    /** Who did what to which park or shop, newest first, in the reader's language. */
    @GetMapping("/admin/audit")
    String audit(@AuthenticationPrincipal DeskUser user, @RequestParam(required = false) String parkId,
                 @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        AdministeredParks.Choice choice = parks.choice(user, parkId);
        List<AuditLog.Entry> entries = audit.read(user, choice.chosen(), Math.max(page, 0), PAGE_SIZE, locale);
        model.addAttribute("choice", choice).addAttribute("entries", entries)
                .addAttribute("page", Math.max(page, 0)).addAttribute("hasNext", entries.size() == PAGE_SIZE);
        return "admin-audit";
    }
}
