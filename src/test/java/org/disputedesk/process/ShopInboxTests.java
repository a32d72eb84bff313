package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.complaint.BuyerDecision;
import org.disputedesk.buyer.BuyerSteps.ReviewRequest;
import org.disputedesk.complaint.Category;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.complaint.Inbox;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Party;
import org.disputedesk.park.Shop;
import org.disputedesk.park.Shops;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.shop.ShopSteps.ResponseRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class ShopInboxTests extends ProcessTestSupport {

    @Autowired Inbox inbox;
    @Autowired Shops shops;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aShopsInboxListsItsAnswersFulfilmentsAndQuestionsTogetherSoonestDeadlineFirst() {
        // given: a shop of its own, with a buyer of its own
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String shopId = "shop-inbox-" + suffix;
        shops.add(new Shop(shopId, "humen", "Inbox test shop"));
        users.add("inbox-shop-" + suffix, "{noop}unused", Role.SHOP, "Inbox shop", null, List.of(shopId));
        users.add("inbox-buyer-" + suffix, "{noop}unused", Role.BUYER, "Inbox buyer", null, List.of());
        DeskUser owner = users.loadUserByUsername("inbox-shop-" + suffix);
        DeskUser filer = users.loadUserByUsername("inbox-buyer-" + suffix);
        Instant start = Instant.now().plus(Duration.ofDays(1));

        // a case it accepted (fulfilment due in 7 days), one to answer in 2 days, one filed 6 days later
        // (answer due in 8 days), one asking the shop for information (due in 3 days) and one the buyer
        // must review, which is not the shop's work
        at(start);
        String toFulfil = fileAt(filer, shopId);
        shopSteps.respond(owner, toFulfil, new ResponseRequest(ShopDecision.ACCEPT, null, null, "We accept."));
        String toAnswerSoon = fileAt(filer, shopId);
        String forTheBuyer = fileAt(filer, shopId);
        shopSteps.respond(owner, forTheBuyer, new ResponseRequest(ShopDecision.REJECT, null, null, "No."));
        String asked = fileAt(filer, shopId);
        shopSteps.respond(owner, asked, new ResponseRequest(ShopDecision.REJECT, null, null, "No."));
        buyerSteps.review(filer, asked, new ReviewRequest(BuyerDecision.ESCALATE, null));
        claim(asked);
        requestInformation(asked, Party.SHOP);
        at(start.plus(Duration.ofDays(6)));
        String toAnswerLater = fileAt(filer, shopId);

        // when
        List<Inbox.Task> tasks = inbox.of(owner);

        // then
        assertThat(tasks).extracting(Inbox.Task::complaintId)
                .containsExactly(toAnswerSoon, asked, toFulfil, toAnswerLater);
        assertThat(tasks).extracting(Inbox.Task::stage).containsExactly(Stage.SHOP_RESPONSE,
                Stage.INFORMATION_REQUEST, Stage.FULFILMENT, Stage.SHOP_RESPONSE);
        assertThat(tasks).extracting(Inbox.Task::dueAt).isSorted();
        assertThat(inbox.of(filer)).extracting(Inbox.Task::complaintId).containsExactly(forTheBuyer);
    }

    private String fileAt(DeskUser filer, String shopId) {
        return filing.file(filer, new FilingRequest(shopId, "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT,
                "Inbox test complaint", ORDER_AMOUNT, new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null),
                null).complaint().id();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
