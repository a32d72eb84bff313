package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.disputedesk.complaint.CommitteeFindings.Citation;
import org.disputedesk.inquiry.InquiryProcess.Ends;
import org.disputedesk.inquiry.InquiryProcess.Tasks;
import org.disputedesk.inquiry.InquiryProcess.Timers;
import org.disputedesk.inquiry.InquiryStage;
import org.disputedesk.inquiry.InquirySteps.NoticeRequest;
import org.disputedesk.inquiry.InquirySteps.PlanRequest;
import org.disputedesk.inquiry.InquirySteps.VerificationRequest;
import org.disputedesk.inquiry.InquiryView;
import org.disputedesk.inquiry.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/** Every path of processes/standards-inquiry.bpmn, driven through the inquiry's steps and its timer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class InquiryPathsProcessTests extends InquiryProcessTestSupport {

    @Test
    void aNoticeAPlanAndAVerdictOfCorrectedCloseTheInquiryWithEveryFactKept() {
        // given
        InquiryView opened = inquiryOpenedByThreeFindings();
        ProcessInstance process = inquiryProcess(opened.id());
        assertThat(process).isWaitingAt(Tasks.COMMITTEE_NOTICE).task().hasCandidateGroup("committee");

        // when
        InquiryView noticed = sendNotice(opened.id());

        // then
        assertThat(noticed.stage()).isEqualTo(InquiryStage.CORRECTIVE_PLAN);
        assertThat(noticed.citations()).containsExactly(new Citation("GB/T 29862-2013", "6"));
        assertThat(noticed.noticeBy()).isEqualTo("committee1");
        assertThat(Duration.between(noticed.noticeAt(), noticed.dueAt())).isEqualTo(Duration.ofDays(15));
        assertThat(process).isWaitingAt(Tasks.CORRECTIVE_PLAN).task().hasCandidateGroup("shop:" + opened.shopId());
        assertThat(planTimer(opened.id()).getDuedate().toInstant()).isEqualTo(noticed.dueAt());

        // when
        InquiryView planned = inquirySteps.correctivePlan(operatorOf(opened.shopId()), opened.id(),
                new PlanRequest("New care labels from a certified printer by next month."));
        InquiryView closed = inquirySteps.verify(committee, opened.id(),
                new VerificationRequest(Verdict.CORRECTED, "The new labels state the measured content."));

        // then
        assertThat(planned.stage()).isEqualTo(InquiryStage.VERIFICATION);
        assertThat(closed.stage()).isEqualTo(InquiryStage.CLOSED);
        assertThat(closed.verdict()).isEqualTo(Verdict.CORRECTED);
        assertThat(closed.planBy()).isEqualTo("shop-iq-operator");
        assertThat(closed.verifiedBy()).isEqualTo("committee1");
        assertThat(closed.dueAt()).isNull();
        assertThat(process).hasPassedInOrder(Tasks.COMMITTEE_NOTICE, Tasks.CORRECTIVE_PLAN, Tasks.VERIFICATION)
                .isEnded().hasPassed(Ends.CLOSED);
    }

    @Test
    void aVerdictOfNotCorrectedClosesTheInquiryNotCorrected() {
        // given
        InquiryView opened = inquiryOpenedByThreeFindings();
        ProcessInstance process = inquiryProcess(opened.id());
        sendNotice(opened.id());
        inquirySteps.correctivePlan(operatorOf(opened.shopId()), opened.id(), new PlanRequest("We will look into it."));

        // when
        InquiryView closed = inquirySteps.verify(committee, opened.id(),
                new VerificationRequest(Verdict.NOT_CORRECTED, "The plan changes nothing on the labels."));

        // then
        assertThat(closed.verdict()).isEqualTo(Verdict.NOT_CORRECTED);
        assertThat(closed.reasoning()).isEqualTo("The plan changes nothing on the labels.");
        assertThat(process).isEnded().hasPassed(Ends.CLOSED);
    }

    @Test
    void aShopSilentPastItsDeadlineClosesTheInquiryNotCorrectedAndCanNoLongerSendAPlan() {
        // given
        InquiryView opened = inquiryOpenedByThreeFindings();
        ProcessInstance process = inquiryProcess(opened.id());
        sendNotice(opened.id());

        // when
        managementService.executeJob(planTimer(opened.id()).getId());

        // then
        InquiryView lapsed = inquiry(opened.id());
        assertThat(lapsed.stage()).isEqualTo(InquiryStage.CLOSED);
        assertThat(lapsed.verdict()).isEqualTo(Verdict.NOT_CORRECTED);
        assertThat(lapsed.verifiedBy()).isNull();
        assertThat(lapsed.plan()).isNull();
        assertThat(process).isEnded().hasPassed(Timers.PLAN_LAPSED, Ends.PLAN_LAPSED).hasNotPassed(Tasks.VERIFICATION);
        assertThatThrownBy(() -> inquirySteps.correctivePlan(operatorOf(opened.shopId()), opened.id(),
                new PlanRequest("Too late.")))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void aStepOutOfItsStageIsRefusedAndChangesNothing() {
        // given
        InquiryView opened = inquiryOpenedByThreeFindings();

        // when / then
        assertThatThrownBy(() -> inquirySteps.verify(committee, opened.id(),
                new VerificationRequest(Verdict.CORRECTED, "Too early.")))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(409);
                    assertThat(e.getBody().getProperties()).containsEntry("stage", "COMMITTEE_NOTICE");
                });
        assertThat(inquiry(opened.id())).isEqualTo(opened);
        assertThat(inquiryProcess(opened.id())).isWaitingAt(Tasks.COMMITTEE_NOTICE);
    }

    private InquiryView sendNotice(String inquiryId) {
        return inquirySteps.notice(committee, inquiryId, new NoticeRequest(
                "State the measured fibre content on every label.", List.of(LABEL_FIBRES)));
    }

    private Job planTimer(String inquiryId) {
        return managementService.createJobQuery().processInstanceId(inquiryProcess(inquiryId).getId())
                .activityId(Timers.PLAN_LAPSED).singleResult();
    }
}
