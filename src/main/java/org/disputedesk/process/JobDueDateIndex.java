package org.disputedesk.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The index that lets the job executor find due timers without reading the others. Every open
 * case holds a deadline timer, so with a hundred thousand open cases the engine's acquisition
 * query (due date set, due by now, oldest first: camunda.bpm.generic-properties in
 * application.yaml) would otherwise scan them all each time it looks for work. The engine's own
 * schema has no such index; Camunda's performance guide recommends adding it with these settings.
 */
@Component
class JobDueDateIndex extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(JobDueDateIndex.class);
    static final String NAME = "DD_IDX_JOB_DUEDATE";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try (Connection connection = engine.getProcessEngineConfiguration().getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + NAME + " on ACT_RU_JOB (DUEDATE_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Two nodes starting together on one database may race to create it; one of them wins.
            LOG.warn("Could not create the job due-date index {}: {}", NAME, e.getMessage());
        }
    }
}
