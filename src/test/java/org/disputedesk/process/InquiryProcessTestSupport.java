package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.committee.CommitteeReviews.CitationRequest;
import org.disputedesk.committee.CommitteeReviews.RulingRequest;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Finding;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.inquiry.InquiryProcess;
import org.disputedesk.inquiry.InquirySteps;
import org.disputedesk.inquiry.InquiryView;
import org.disputedesk.inquiry.InquiryViews;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the inquiry's process tests share: a shop of park humen of their own (so that no other test's findings
 * count towards its inquiries), its cases driven to a committee finding, and its inquiries as the committee
 * reads them.
 */
abstract class InquiryProcessTestSupport extends ProcessTestSupport {

    static final CitationRequest LABEL_FIBRES = new CitationRequest("GB/T 29862-2013", "6");

    @Autowired InquirySteps inquirySteps;
    @Autowired InquiryViews inquiryViews;

    /** A new shop of park humen, with no case yet. */
    String freshShop() {
        String id = "shop-iq-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into shops (id, park_id, name) values (?, 'humen', 'Inquiry test shop')").param(id).update();
        return id;
    }

    /** A case against the shop, past its silence into mediation, escalated and found {@code finding}. */
    String caseFound(String shopId, Finding finding) {
        String id = filing.file(buyer, new FilingRequest(shopId, "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT,
                "The tag says cotton.", ORDER_AMOUNT, LARGE_CLAIM, Remedy.RETURN_AND_REFUND, null), null).complaint().id();
        Job silence = managementService.createJobQuery().processInstanceId(complaint(id).processInstanceId())
                .activityId(ComplaintProcess.Timers.SHOP_SILENT).singleResult();
        managementService.executeJob(silence.getId());
        claim(id);
        decide(id, MediationDecision.ESCALATE);
        committeeReviews.rule(committee, id, new RulingRequest(finding, List.of(LABEL_FIBRES),
                "The fibre content is off by 30%."));
        return id;
    }

    String nonconforming(String shopId) {
        return caseFound(shopId, Finding.NONCONFORMING);
    }

    /** An operator of the shop, as signing in would load one. */
    DeskUser operatorOf(String shopId) {
        return new DeskUser("shop-iq-operator", "", Role.SHOP, null, Set.of(shopId), true, null);
    }

    List<InquiryView> inquiriesOf(String shopId) {
        return inquiryViews.list(committee, null, shopId, 0, 50);
    }

    InquiryView inquiry(String id) {
        return inquiryViews.get(committee, id);
    }

    /** The inquiry three NONCONFORMING findings against a fresh shop opened. */
    InquiryView inquiryOpenedByThreeFindings() {
        String shopId = freshShop();
        nonconforming(shopId);
        nonconforming(shopId);
        nonconforming(shopId);
        List<InquiryView> inquiries = inquiriesOf(shopId);
        assertThat(inquiries).hasSize(1);
        return inquiries.get(0);
    }

    /** The inquiry's running process instance; kept by a test, it can still be asserted on once ended. */
    ProcessInstance inquiryProcess(String inquiryId) {
        ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.KEY)
                .processInstanceBusinessKey(inquiryId).singleResult();
        assertThat(running).as("the running process of inquiry %s", inquiryId).isNotNull();
        return running;
    }
}
