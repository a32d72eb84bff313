package org.disputedesk.demo;

import java.util.List;

import org.disputedesk.park.Park;
import org.disputedesk.park.Parks;
import org.disputedesk.park.Shop;
import org.disputedesk.park.Shops;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo park, shops and users of the API contract, password {@code demo}. Only under the
 * {@code demo} profile (the default when none is set); each seeded once, so a restart keeps them.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final String PASSWORD = "demo";

    private final Parks parks;
    private final Shops shops;
    private final DeskUsers users;
    private final PasswordEncoder encoder;
    private String hash;

    DemoData(Parks parks, Shops shops, DeskUsers users, PasswordEncoder encoder) {
        this.parks = parks;
        this.shops = shops;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!parks.exists("humen")) {
            parks.add(new Park("humen", "Humen E-commerce Industrial Park", "虎门电子商务产业园"));
            parks.add(new Park("dalang", "Dalang Wool Sweater E-commerce Park", "大朗毛织电子商务产业园"));
            shops.add(new Shop("shop-hm-001", "humen", "Humen Lace Fashion Flagship"));
            shops.add(new Shop("shop-hm-002", "humen", "Pearl River Kidswear"));
            shops.add(new Shop("shop-dl-001", "dalang", "Dalang Knitwear Studio"));
        }
        // User by user, so that a demo database seeded by an earlier version gets the users added since
        user("buyer1", Role.BUYER, "Li Na", null, List.of());
        user("buyer2", Role.BUYER, "Chen Wei", null, List.of());
        user("shop1", Role.SHOP, "Operator of shop-hm-001", null, List.of("shop-hm-001"));
        user("shop2", Role.SHOP, "Operator of shop-hm-002", null, List.of("shop-hm-002"));
        user("shop3", Role.SHOP, "Operator of shop-dl-001", null, List.of("shop-dl-001"));
        user("mediator1", Role.MEDIATOR, "Humen park mediator", "humen", List.of());
        user("mediator2", Role.MEDIATOR, "Dalang park mediator", "dalang", List.of());
        user("committee1", Role.COMMITTEE, "Standards committee member", null, List.of());
        user("admin", Role.ADMIN, "Installation administrator", null, List.of());
        user("parkadmin1", Role.PARK_ADMIN, "Humen park administrator", "humen", List.of());
        user("parkadmin2", Role.PARK_ADMIN, "Dalang park administrator", "dalang", List.of());
    }

    private void user(String username, Role role, String displayName, String parkId, List<String> shopIds) {
        if (!users.exists(username)) {
            // one bcrypt hash for all, and none at a restart that adds no one
            hash = hash == null ? encoder.encode(PASSWORD) : hash;
            users.add(username, hash, role, displayName, parkId, shopIds);
        }
    }
}
