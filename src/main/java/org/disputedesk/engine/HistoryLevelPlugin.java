package org.disputedesk.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link LeanFullHistory} known to the engine, so that camunda.bpm.history-level can name it,
 * and moves a database made under level full to it: the engine refuses to start on a level other
 * than the one the database names, and lean-full only leaves rows out, so the history written so
 * far stays as it is.
 */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new ArrayList<>());
        }
        configuration.getCustomHistoryLevels().add(new LeanFullHistory());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!LeanFullHistory.NAME.equals(configuration.getHistory())) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection()) {
            if (!hasPropertyTable(connection)) {
                return; // a new database: the engine records lean-full when it creates its schema
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
                update.setString(1, Integer.toString(LeanFullHistory.ID));
                update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                update.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not move the database's history level to " + LeanFullHistory.NAME, e);
        }
    }

    private static boolean hasPropertyTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesLowerCaseIdentifiers() ? "act_ge_property" : "ACT_GE_PROPERTY";
        try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
