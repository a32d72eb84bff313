package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.ShopDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class HistoryRetentionTests extends ProcessTestSupport {

    @Autowired HistoryService historyService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void historyIsRemovedAYearAfterTheCaseClosedNotAYearAfterItWasFiled() {
        Instant now = Instant.now();
        // given a case filed 400 days ago and closed the same day,
        String longClosed = closedCase(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(400)));
        // and one filed 400 days ago that stayed open until 300 days ago
        String lateClosed = closedCase(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(300)));
        ClockUtil.reset();

        // when the history cleanup runs today
        runHistoryCleanup();

        // then the case closed more than a year ago has no engine history left
        String gone = complaint(longClosed).processInstanceId();
        assertThat(count("select count(*) from ACT_HI_PROCINST where ID_ = ?", gone)).isZero();
        assertThat(count("select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = ?", gone)).isZero();
        assertThat(count("select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = ?", gone)).isZero();
        // and the one closed 300 days ago keeps all of it, although it was filed 400 days ago
        String kept = complaint(lateClosed).processInstanceId();
        assertThat(count("select count(*) from ACT_HI_PROCINST where ID_ = ? and END_TIME_ is not null", kept)).isOne();
        assertThat(count("select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = ?", kept)).isEqualTo(3);
        // the case itself and its timeline are the park's records, not the engine's history
        assertThat(complaint(longClosed).stage()).isEqualTo(Stage.CLOSED);
        assertThat(actions(longClosed)).isNotEmpty();
    }

    @Test
    void closingACaseWritesNoRemovalTimeIntoItsHistory() {
        // given a case taken to closure
        String id = closedCase(Instant.now(), Instant.now());

        // then its history rows carry no removal time: retention counts from the end time, so the
        // closing transaction does not revisit every history table of the case
        String pid = complaint(id).processInstanceId();
        assertThat(count("select count(*) from ACT_HI_PROCINST where ID_ = ? and REMOVAL_TIME_ is not null", pid))
                .isZero();
        assertThat(count("select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = ? and REMOVAL_TIME_ is not null",
                pid)).isZero();
    }

    /** A case filed at {@code filed}, accepted and fulfilled then, and confirmed received at {@code closed}. */
    private String closedCase(Instant filed, Instant closed) {
        ClockUtil.setCurrentTime(Date.from(filed));
        String id = fileSmallRefund();
        shopResponds(id, ShopDecision.ACCEPT);
        fulfil(id);
        ClockUtil.setCurrentTime(Date.from(closed));
        confirmReceipt(id, true);
        assertThat(complaint(id).stage()).isEqualTo(Stage.CLOSED);
        return id;
    }

    private void runHistoryCleanup() {
        Job cleanup = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(cleanup.getId());
    }
}
