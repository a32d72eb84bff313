package org.disputedesk.process;

import org.disputedesk.complaint.PersonalDataErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's history of a case whose personal data was erased no longer names its buyer. The process
 * holds no variables and no comments (the case is read through {@code caseParties}), and its business
 * key is the case's id; the buyer's name is in it only as the assignee of the buyer's tasks and their
 * identity links, which the engine's API cannot change, hence SQL on its history tables. The history
 * itself stays until the engine's cleanup removes it (the model's historyTimeToLive), so that the case
 * page still draws the path the case took.
 */
@Component
class ErasedCaseHistory {

    private final JdbcClient jdbc;

    ErasedCaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonalDataErased erased) {
        if (erased.processInstanceId() == null) {
            return;
        }
        jdbc.sql("""
                update ACT_HI_IDENTITYLINK set USER_ID_ = null where USER_ID_ = :buyer
                  and TASK_ID_ in (select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ = :instance)""")
                .param("buyer", erased.buyer()).param("instance", erased.processInstanceId()).update();
        for (String table : new String[] {"ACT_HI_TASKINST", "ACT_HI_ACTINST"}) {
            jdbc.sql("update " + table + " set ASSIGNEE_ = null where PROC_INST_ID_ = :instance and ASSIGNEE_ = :buyer")
                    .param("buyer", erased.buyer()).param("instance", erased.processInstanceId()).update();
        }
        jdbc.sql("update ACT_HI_TASKINST set OWNER_ = null where PROC_INST_ID_ = :instance and OWNER_ = :buyer")
                .param("buyer", erased.buyer()).param("instance", erased.processInstanceId()).update();
    }
}
