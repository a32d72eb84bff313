package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.ShopDecision;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class LeanFullHistoryProcessTests extends ProcessTestSupport {


    @Test
    void aResolvedCaseKeepsItsActivitiesTasksAndDecisionsButNoTimerChurn() {
        // given a case taken through every step in time, and one whose shop stayed silent
        String resolved = file(Category.QUALITY_DEFECT, Remedy.RETURN_AND_REFUND, LARGE_CLAIM);
        shopResponds(resolved, ShopDecision.ACCEPT);
        fulfil(resolved);
        confirmReceipt(resolved, true);
        String silent = file(Category.QUALITY_DEFECT, Remedy.RETURN_AND_REFUND, LARGE_CLAIM);

        // when the silent shop's deadline passes
        fireTimer(silent, ComplaintProcess.Timers.SHOP_SILENT);

        // then the history shows what happened to each case
        String pid = complaint(resolved).processInstanceId();
        assertThat(count("select count(*) from ACT_HI_PROCINST where ID_ = ? and END_TIME_ is not null", pid)).isOne();
        assertThat(count("select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = ?", pid)).isEqualTo(3);
        assertThat(count("select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = ? and ACT_ID_ = ?", pid,
                ComplaintProcess.Tasks.FULFILMENT)).isOne();
        assertThat(count("select count(*) from ACT_HI_DECINST where PROC_INST_ID_ = ?", pid)).isEqualTo(3);
        assertThat(count("select count(*) from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = ?", pid)).isPositive();
        String silentPid = complaint(silent).processInstanceId();
        assertThat(count("select count(*) from ACT_HI_JOB_LOG where PROCESS_INSTANCE_ID_ = ? and JOB_STATE_ = 2",
                silentPid)).isOne();

        // and leaves out the rows nobody reads: timers made and dropped
        assertThat(count("select count(*) from ACT_HI_JOB_LOG where PROCESS_INSTANCE_ID_ = ? and JOB_STATE_ in (0, 3)",
                pid)).isZero();
        // the process holds no variables at all: the model reads the case's parties from its row
        assertThat(count("select count(*) from ACT_HI_VARINST where PROC_INST_ID_ = ?", pid)).isZero();
        assertThat(count("select count(*) from ACT_RU_VARIABLE where PROC_INST_ID_ = ?", silentPid)).isZero();
        assertThat(jdbc.sql("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'").query(String.class)
                .single()).isEqualTo(Integer.toString(org.disputedesk.engine.LeanFullHistory.ID));
    }

    @Test
    void aVariableAnOperatorSetsKeepsItsLatestValueInHistoryButNoRowPerWrite() {
        // given an open case
        String pid = process(fileMediatedClaim()).getId();

        // when an operator sets a variable on its process and changes it, as Cockpit can
        runtimeService.setVariable(pid, "operatorNote", "checked");
        runtimeService.setVariable(pid, "operatorNote", "checked twice");

        // then
        assertThat(jdbc.sql("select TEXT_ from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = 'operatorNote'")
                .param(pid).query(String.class).single()).isEqualTo("checked twice");
        assertThat(count("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ?", pid)).isZero();
    }
}
