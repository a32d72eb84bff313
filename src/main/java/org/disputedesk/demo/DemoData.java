package org.disputedesk.demo;

import java.util.List;
import java.util.Set;

import org.disputedesk.park.Park;
import org.disputedesk.park.Parks;
import org.disputedesk.park.Shop;
import org.disputedesk.park.Shops;
import org.disputedesk.park.StreamerProfile;
import org.disputedesk.park.Streamers;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo parks, shops, streamer profile and users of the API contract, password {@code demo}, each with the email
 * {@code <username>@example.com}. Only under the
 * {@code demo} profile (the default when none is set); each seeded once, so a restart keeps them.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final String PASSWORD = "demo";

    private final Parks parks;
    private final Shops shops;
    private final Streamers streamers;
    private final DeskUsers users;
    private final PasswordEncoder encoder;
    private String hash;

    DemoData(Parks parks, Shops shops, Streamers streamers, DeskUsers users, PasswordEncoder encoder) {
        this.parks = parks;
        this.shops = shops;
        this.streamers = streamers;
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
        // as their people write them; a demo database seeded before shops had Chinese names gets them too
        shops.nameInChinese("shop-hm-001", "虎门蕾丝服饰旗舰店");
        shops.nameInChinese("shop-hm-002", "虎门珠江童装旗舰店");
        shops.nameInChinese("shop-dl-001", "大朗毛织服饰工作室");
        if (streamers.find("st-hm-001").isEmpty()) {
            streamers.add(new StreamerProfile("st-hm-001", "Humen Lace Live", "humen", List.of("shop-hm-001"),
                    List.of("hm-live-88")));
        }
        // User by user, so that a demo database seeded by an earlier version gets the users added since
        user("buyer1", Role.BUYER, "Li Na", null, Set.of(), null);
        user("buyer2", Role.BUYER, "Chen Wei", null, Set.of(), null);
        user("shop1", Role.SHOP, "Operator of shop-hm-001", "humen", Set.of("shop-hm-001"), null);
        user("shop2", Role.SHOP, "Operator of shop-hm-002", "humen", Set.of("shop-hm-002"), null);
        user("shop3", Role.SHOP, "Operator of shop-dl-001", "dalang", Set.of("shop-dl-001"), null);
        user("mediator1", Role.MEDIATOR, "Humen park mediator", "humen", Set.of(), null);
        user("mediator2", Role.MEDIATOR, "Dalang park mediator", "dalang", Set.of(), null);
        user("mediator3", Role.MEDIATOR, "Humen park mediator (second)", "humen", Set.of(), null);
        user("committee1", Role.COMMITTEE, "Standards committee member", null, Set.of(), null);
        user("admin", Role.ADMIN, "Installation administrator", null, Set.of(), null);
        user("parkadmin1", Role.PARK_ADMIN, "Humen park administrator", "humen", Set.of(), null);
        user("parkadmin2", Role.PARK_ADMIN, "Dalang park administrator", "dalang", Set.of(), null);
        user("streamer1", Role.STREAMER, "Host of room hm-live-88", "humen", Set.of("shop-hm-001"), "st-hm-001");
    }

    /** A demo user with the email {@code <username>@example.com}, whose password {@code demo} need not change. */
    private void user(String username, Role role, String displayName, String parkId, Set<String> shopIds,
                      String streamerId) {
        String email = username + "@example.com";
        if (!users.exists(username)) {
            // one bcrypt hash for all, and none at a restart that adds no one
            hash = hash == null ? encoder.encode(PASSWORD) : hash;
            users.add(new DeskUsers.NewUser(username, role, displayName, email, parkId, shopIds, streamerId), hash,
                    false);
        }
        users.giveEmail(username, email);
    }
}
