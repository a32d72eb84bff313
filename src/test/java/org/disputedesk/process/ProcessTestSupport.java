package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.disputedesk.SampleInputs;
import org.disputedesk.appeal.AppealSteps;
import org.disputedesk.appeal.AppealSteps.AppealDecisionRequest;
import org.disputedesk.appeal.AppealSteps.AppealRequest;
import org.disputedesk.complaint.AppealDecision;
import org.disputedesk.buyer.BuyerSteps;
import org.disputedesk.buyer.BuyerSteps.ReceiptRequest;
import org.disputedesk.complaint.BuyerDecision;
import org.disputedesk.buyer.BuyerSteps.ReviewRequest;
import org.disputedesk.committee.CommitteeReviews;
import org.disputedesk.committee.CommitteeRulings;
import org.disputedesk.committee.Violations;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Evidence;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineVerification;
import org.disputedesk.mediation.InformationRequests;
import org.disputedesk.mediation.MediationSteps;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.mediation.MediationSteps.DecisionRequest;
import org.disputedesk.complaint.Party;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.shop.ShopSteps;
import org.disputedesk.shop.ShopSteps.FulfilmentRequest;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.shop.ShopSteps.ResponseRequest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the process tests share: the demo users, the module services that complete the real BPMN
 * tasks, timer firing through the management service, and short ways to drive a case to a stage.
 * Every case is filed by buyer1 against shop-hm-001 (park humen) with a fresh order reference.
 */
abstract class ProcessTestSupport {

    static final String SHOP_ID = "shop-hm-001";
    static final BigDecimal ORDER_AMOUNT = new BigDecimal("3000.00");
    static final BigDecimal SMALL_CLAIM = new BigDecimal("150.00");
    static final BigDecimal LARGE_CLAIM = new BigDecimal("800.00");

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @Autowired DeskUsers users;
    @Autowired ComplaintFiling filing;
    @Autowired ShopSteps shopSteps;
    @Autowired BuyerSteps buyerSteps;
    @Autowired MediationSteps mediationSteps;
    @Autowired InformationRequests informationRequests;
    @Autowired AppealSteps appealSteps;
    @Autowired Evidence evidence;
    @Autowired CommitteeReviews committeeReviews;
    @Autowired CommitteeRulings committeeRulings;
    @Autowired Violations violations;
    @Autowired Complaints complaints;
    @Autowired Timeline timeline;
    @Autowired TimelineVerification chain;
    @Autowired JdbcClient jdbc;

    DeskUser buyer;
    DeskUser shop;
    DeskUser mediator;
    /** The park's other mediator, who reviews mediator1's rulings on appeal. */
    DeskUser reviewer;
    DeskUser committee;

    /** The process instance of each filed case, kept so an ended instance can still be asserted on. */
    private final Map<String, ProcessInstance> instances = new ConcurrentHashMap<>();

    @BeforeEach
    void initProcessSupport() {
        AbstractAssertions.init(processEngine);
        buyer = users.loadUserByUsername("buyer1");
        shop = users.loadUserByUsername("shop1");
        mediator = users.loadUserByUsername("mediator1");
        reviewer = users.loadUserByUsername("mediator3");
        committee = users.loadUserByUsername("committee1");
    }

    // ---- filing and reading ---------------------------------------------------------------

    String file(Category category, Remedy remedy, BigDecimal claimed) {
        return file(category, remedy, claimed, null);
    }

    /** A complaint pointing at a moment of the livestream {@code room} (null: none). */
    String file(Category category, Remedy remedy, BigDecimal claimed, String room) {
        FilingRequest request = new FilingRequest(SHOP_ID, "order-" + UUID.randomUUID(), category,
                "Process test complaint", ORDER_AMOUNT, claimed, remedy,
                room == null ? null : new FilingRequest.LivestreamRef(room, 95));
        String id = filing.file(buyer, request, null).complaint().id();
        instances.put(id, runtimeService.createProcessInstanceQuery()
                .processInstanceId(complaint(id).processInstanceId()).singleResult());
        return id;
    }

    /** Shop silence grants it automatically: REFUND of 150 CNY. */
    String fileSmallRefund() {
        return file(Category.NOT_AS_DESCRIBED, Remedy.REFUND, SMALL_CLAIM);
    }

    /** Shop silence sends it to mediation: RETURN_AND_REFUND of 800 CNY, standards-related. */
    String fileMediatedClaim() {
        return file(Category.QUALITY_DEFECT, Remedy.RETURN_AND_REFUND, LARGE_CLAIM);
    }

    Complaint complaint(String id) {
        return complaints.find(id).orElseThrow();
    }

    ProcessInstance process(String id) {
        return instances.get(id);
    }

    List<String> actions(String id) {
        return timeline.of(id).stream().map(e -> e.action().name()).toList();
    }

    /** The variables the case's process holds: none, since the model reads the case from its row. */
    Map<String, Object> variables(String id) {
        return runtimeService.getVariables(process(id).getId());
    }

    /** A {@code count(*)} query's answer, for asserting on the engine's own tables. */
    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long jobsOf(String id) {
        return managementService.createJobQuery().processInstanceId(process(id).getId()).count();
    }

    void fireTimer(String id, String timer) {
        Job job = managementService.createJobQuery()
                .processInstanceId(process(id).getId())
                .activityId(timer)
                .singleResult();
        assertThat(job).as("timer job %s", timer).isNotNull();
        managementService.executeJob(job.getId());
    }

    // ---- single steps ---------------------------------------------------------------------

    void shopResponds(String id, ShopDecision decision) {
        shopSteps.respond(shop, id, switch (decision) {
            case ACCEPT -> new ResponseRequest(decision, null, null, "We accept.");
            case COUNTER_OFFER -> new ResponseRequest(decision, Remedy.REFUND, new BigDecimal("50.00"),
                    "A partial refund instead.");
            case REJECT -> new ResponseRequest(decision, null, null, "The product is as described.");
        });
    }

    void buyerReviews(String id, BuyerDecision decision) {
        buyerSteps.review(buyer, id, new ReviewRequest(decision, null));
    }

    void claim(String id) {
        mediationSteps.claim(mediator, id);
    }

    void decide(String id, MediationDecision decision) {
        mediationSteps.decide(mediator, id, switch (decision) {
            case REQUEST_INFO -> new DecisionRequest(decision, Party.BUYER, "Photos of the label?", null, null, null,
                    "Need evidence.");
            case SETTLE -> new DecisionRequest(decision, null, null, Remedy.REFUND, new BigDecimal("300.00"), null,
                    "Both parties agreed.");
            case RULE_FOR_BUYER -> new DecisionRequest(decision, null, null, Remedy.RETURN_AND_REFUND,
                    new BigDecimal("800.00"), null, "The defect is proven.");
            case RULE_FOR_SHOP -> new DecisionRequest(decision, null, null, null, null, null, "No defect shown.");
            case ESCALATE -> new DecisionRequest(decision, null, "Does the label meet GB/T 29862-2013?", null, null, null,
                    "The fibre content is disputed.");
        });
    }

    void requestInformation(String id, Party party) {
        mediationSteps.decide(mediator, id, new DecisionRequest(MediationDecision.REQUEST_INFO, party,
                "Please send photos.", null, null, null, "Need evidence."));
    }

    /** The party uploads a file to the case: new information, once the case has a ruling. */
    long uploadEvidence(DeskUser party, String id) {
        return evidence.add(party, id, "new-photo.png", SampleInputs.tinyPng(), "Taken after the ruling").id();
    }

    /** The party uploads new evidence and appeals the ruling with it. */
    void appeal(DeskUser party, String id) {
        appealSteps.appeal(party, id, new AppealRequest("The ruling overlooked the care label.",
                List.of(uploadEvidence(party, id))));
    }

    void upholdAppeal(String id) {
        appealSteps.decide(reviewer, id, new AppealDecisionRequest(AppealDecision.UPHOLD, null, null,
                "The ruling weighed the evidence correctly."));
    }

    void fulfil(String id) {
        shopSteps.fulfil(shop, id, new FulfilmentRequest("Refund transaction 42"));
    }

    void confirmReceipt(String id, boolean received) {
        buyerSteps.confirmReceipt(buyer, id, new ReceiptRequest(received, null));
    }

    // ---- driving a fresh case to a stage --------------------------------------------------

    /** A mediated claim the shop rejected, waiting for the buyer's review. */
    String caseInBuyerReview() {
        String id = fileMediatedClaim();
        shopResponds(id, ShopDecision.REJECT);
        return id;
    }

    /** A mediated claim the buyer escalated after a rejection, claimed by mediator1. */
    String caseInClaimedMediation() {
        String id = caseInBuyerReview();
        buyerReviews(id, BuyerDecision.ESCALATE);
        claim(id);
        return id;
    }

    String caseInInformationRequest() {
        String id = caseInClaimedMediation();
        decide(id, MediationDecision.REQUEST_INFO);
        return id;
    }

    String caseInCommitteeReview() {
        String id = caseInClaimedMediation();
        decide(id, MediationDecision.ESCALATE);
        return id;
    }

    /** mediator1 ruled on the claimed case, whose parties may now appeal. */
    String caseInAppealWindow(MediationDecision ruling) {
        String id = caseInClaimedMediation();
        decide(id, ruling);
        return id;
    }

    /** The shop appealed mediator1's ruling for the buyer; mediator3 reviews it. */
    String caseInAppealReview() {
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_BUYER);
        appeal(shop, id);
        return id;
    }

    /** The shop accepted the buyer's remedy. */
    String caseInFulfilment() {
        String id = fileMediatedClaim();
        shopResponds(id, ShopDecision.ACCEPT);
        return id;
    }

    String caseInBuyerConfirmation() {
        String id = caseInFulfilment();
        fulfil(id);
        return id;
    }

    String caseAt(Stage stage) {
        return switch (stage) {
            case SHOP_RESPONSE -> fileMediatedClaim();
            case BUYER_REVIEW -> caseInBuyerReview();
            case MEDIATION -> caseInClaimedMediation();
            case INFORMATION_REQUEST -> caseInInformationRequest();
            case COMMITTEE_REVIEW -> caseInCommitteeReview();
            case APPEAL_WINDOW -> caseInAppealWindow(MediationDecision.RULE_FOR_BUYER);
            case APPEAL_REVIEW -> caseInAppealReview();
            case FULFILMENT -> caseInFulfilment();
            case BUYER_CONFIRMATION -> caseInBuyerConfirmation();
            case CLOSED -> throw new IllegalArgumentException("no open step");
        };
    }
}
