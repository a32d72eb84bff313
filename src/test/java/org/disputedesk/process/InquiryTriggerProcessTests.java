package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.complaint.Finding;
import org.disputedesk.inquiry.InquiryProcess.Tasks;
import org.disputedesk.inquiry.InquiryStage;
import org.disputedesk.inquiry.InquiryView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * When a shop's NONCONFORMING findings open a standards inquiry: the third within 90 days (the defaults of
 * disputes.committee.*), counted once, with no second inquiry while one is open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class InquiryTriggerProcessTests extends InquiryProcessTestSupport {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoNonconformingFindingsOpenNoInquiry() {
        String shopId = freshShop();

        nonconforming(shopId);
        nonconforming(shopId);

        assertThat(inquiriesOf(shopId)).isEmpty();
    }

    @Test
    void theThirdNonconformingFindingWithinTheWindowOpensOneInquiryWithItsProcess() {
        // given
        String shopId = freshShop();
        String first = nonconforming(shopId);
        String second = nonconforming(shopId);
        caseFound(shopId, Finding.CONFORMING);

        // when
        String third = nonconforming(shopId);

        // then
        assertThat(inquiriesOf(shopId)).singleElement().satisfies(inquiry -> {
            assertThat(inquiry.stage()).isEqualTo(InquiryStage.COMMITTEE_NOTICE);
            assertThat(inquiry.parkId()).isEqualTo("humen");
            assertThat(inquiry.findings()).containsExactlyInAnyOrder(first, second, third);
            assertThat(inquiry.actions()).containsExactly("notice");
            assertThat(inquiryProcess(inquiry.id())).isWaitingAt(Tasks.COMMITTEE_NOTICE);
        });
    }

    @Test
    void aFindingOlderThanTheWindowDoesNotCount() {
        // given
        String shopId = freshShop();
        nonconforming(shopId);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(91))));
        String second = nonconforming(shopId);
        String third = nonconforming(shopId);
        assertThat(inquiriesOf(shopId)).isEmpty();

        // when
        String fourth = nonconforming(shopId);

        // then
        assertThat(inquiriesOf(shopId)).singleElement()
                .satisfies(inquiry -> assertThat(inquiry.findings()).containsExactlyInAnyOrder(second, third, fourth));
    }

    @Test
    void noSecondInquiryOpensWhileOneIsOpen() {
        // given
        InquiryView open = inquiryOpenedByThreeFindings();

        // when
        nonconforming(open.shopId());
        nonconforming(open.shopId());
        nonconforming(open.shopId());

        // then
        assertThat(inquiriesOf(open.shopId())).extracting(InquiryView::id).containsExactly(open.id());
        assertThat(inquiry(open.id()).findings()).hasSize(3);
    }
}
