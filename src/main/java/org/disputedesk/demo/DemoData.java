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
 * {@code demo} profile (the default when none is set); seeded once, so a restart keeps them.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final String PASSWORD = "demo";

    private final Parks parks;
    private final Shops shops;
    private final DeskUsers users;
    private final PasswordEncoder encoder;

    DemoData(Parks parks, Shops shops, DeskUsers users, PasswordEncoder encoder) {
        this.parks = parks;
        this.shops = shops;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (parks.exists("humen")) {
            return;
        }
        parks.add(new Park("humen", "Humen E-commerce Industrial Park", "虎门电子商务产业园"));
        parks.add(new Park("dalang", "Dalang Wool Sweater E-commerce Park", "大朗毛织电子商务产业园"));
        shops.add(new Shop("shop-hm-001", "humen", "Humen Lace Fashion Flagship"));
        shops.add(new Shop("shop-hm-002", "humen", "Pearl River Kidswear"));
        shops.add(new Shop("shop-dl-001", "dalang", "Dalang Knitwear Studio"));
        String hash = encoder.encode(PASSWORD);
        users.add("buyer1", hash, Role.BUYER, "Li Na", null, List.of());
        users.add("buyer2", hash, Role.BUYER, "Chen Wei", null, List.of());
        users.add("shop1", hash, Role.SHOP, "Operator of shop-hm-001", null, List.of("shop-hm-001"));
        users.add("shop2", hash, Role.SHOP, "Operator of shop-hm-002", null, List.of("shop-hm-002"));
        users.add("shop3", hash, Role.SHOP, "Operator of shop-dl-001", null, List.of("shop-dl-001"));
        users.add("mediator1", hash, Role.MEDIATOR, "Humen park mediator", "humen", List.of());
        users.add("mediator2", hash, Role.MEDIATOR, "Dalang park mediator", "dalang", List.of());
        users.add("committee1", hash, Role.COMMITTEE, "Standards committee member", null, List.of());
        users.add("admin", hash, Role.ADMIN, "Installation administrator", null, List.of());
    }
}
