package org.disputedesk.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks and this application's load needs, created at start.
 * Every open case holds a user task and a deadline timer, so with a hundred thousand open cases a
 * query the engine runs on each step would otherwise read all of them:
 * <ul>
 * <li>{@code ACT_RU_JOB (DUEDATE_)}: the job executor's acquisition asks for due timers oldest first
 * (camunda.bpm.generic-properties in application.yaml); Camunda's performance guide recommends
 * this index with those settings.</li>
 * <li>{@code ACT_RU_TASK (PARENT_TASK_ID_)}: completing or cancelling a task looks up its sub-tasks
 * by parent, once per step and per fired deadline, and found none only after a full scan.</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    record Index(String name, String table, String column) {
    }

    static final List<Index> INDEXES = List.of(
            new Index("DD_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"),
            new Index("DD_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try (Connection connection = engine.getProcessEngineConfiguration().getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            // Each index on its own: one that fails must not roll back the others.
            connection.setAutoCommit(true);
            for (Index index : INDEXES) {
                create(statement, index);
            }
        } catch (SQLException e) {
            LOG.warn("Could not reach the database to create the engine indexes: {}", e.getMessage());
        }
    }

    private static void create(Statement statement, Index index) {
        try {
            statement.execute("create index if not exists " + index.name()
                    + " on " + index.table() + " (" + index.column() + ")");
        } catch (SQLException e) {
            // Two nodes starting together on one database may race to create it; one of them wins.
            LOG.warn("Could not create the index {}: {}", index.name(), e.getMessage());
        }
    }
}
