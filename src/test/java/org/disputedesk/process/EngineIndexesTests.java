package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class EngineIndexesTests extends ProcessTestSupport {

    @Autowired DataSource dataSource;

    @Test
    void theJobExecutorLooksForDueTimersOldestFirstThroughAnIndexOnTheDueDate() throws SQLException {
        // given
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        // then
        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(leadingIndexColumns("ACT_RU_JOB")).contains("DUEDATE_");
    }

    @Test
    void completingAStepFindsItsSubTasksThroughAnIndexOnTheParentTask() throws SQLException {
        assertThat(leadingIndexColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
    }

    private List<String> leadingIndexColumns(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
            List<String> leading = new ArrayList<>();
            try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME");
                    if (column != null && rs.getShort("ORDINAL_POSITION") == 1) {
                        leading.add(column.toUpperCase());
                    }
                }
            }
            return leading;
        }
    }
}
