package org.disputedesk.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.buyer.BuyerSteps;
import org.disputedesk.complaint.Category;
import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.park.Park;
import org.disputedesk.park.Parks;
import org.disputedesk.park.Shop;
import org.disputedesk.park.Shops;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.DeskUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A park's dashboard figures, on a park of the test's own so no other case counts. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class ParkStatsTests {

    @Autowired
    ParkStats stats;
    @Autowired
    Parks parks;
    @Autowired
    Shops shops;
    @Autowired
    ComplaintFiling filing;
    @Autowired
    BuyerSteps buyerSteps;
    @Autowired
    DeskUsers users;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void resolutionTimesAreTheAverageAndMedianHoursFromFilingToClosure() {
        // given: a park with three cases closed after 10, 20 and 60 hours, and one still open
        String park = "park-" + UUID.randomUUID();
        parks.add(new Park(park, "Statistics park", null));
        shops.add(new Shop(park + "-shop", park, "Statistics shop"));
        DeskUser buyer = users.loadUserByUsername("buyer1");
        Instant start = Instant.now();
        for (int hours : new int[] {10, 20, 60}) {
            ClockUtil.setCurrentTime(Date.from(start));
            String id = file(buyer, park + "-shop");
            ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(hours))));
            buyerSteps.withdraw(buyer, id);
        }
        ClockUtil.setCurrentTime(Date.from(start));
        file(buyer, park + "-shop");

        // when
        ParkStats.Stats figures = stats.of(users.loadUserByUsername("admin"), park);

        // then
        assertThat(figures.resolutionTimes().closed()).isEqualTo(3);
        assertThat(figures.resolutionTimes().averageHours()).isEqualTo(30.0);
        assertThat(figures.resolutionTimes().medianHours()).isEqualTo(20.0);
        assertThat(figures.openByStage()).containsEntry("SHOP_RESPONSE", 1L);
        assertThat(figures.outcomes()).containsEntry("WITHDRAWN", 3L);
    }

    private String file(DeskUser buyer, String shopId) {
        return filing.file(buyer, new FilingRequest(shopId, "ST-" + UUID.randomUUID(), Category.DELIVERY,
                "Parcel never arrived", new BigDecimal("80.00"), new BigDecimal("80.00"), Remedy.REFUND, null),
                null).complaint().id();
    }
}
