package org.disputedesk.process;

import java.util.Map;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist opens with the filter "Open steps": every task of a complaint still waiting, the
 * soonest deadline first. Without a filter Tasklist shows no task at all until someone builds one.
 *
 * <p>Created once per database: on a start that finds it, nothing happens, so an administrator's
 * changes to it stay. Two nodes starting together on an empty PostgreSQL database take the engine's
 * startup lock (a row of ACT_GE_PROPERTY locked for update) before they look, so the second sees
 * the first one's filter instead of adding its own, as the engine serialises its deployments. (The
 * engine takes no such locks on H2, whose file one process at a time opens.) The starter's
 * {@code camunda.bpm.filter.create} checks without a lock, and its filter lists every task unsorted.
 *
 * <p>No authorization is created: the webapps admit only the administrator, who is in Camunda's
 * admin group ({@code WebappAuthenticationProvider}), and that group sees every filter whether or
 * not authorization checks are on.
 */
@Component
class OpenStepsFilter extends AbstractProcessEnginePlugin {

    static final String NAME = "Open steps";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        createUnlessPresent(engine);
    }

    /** Creates the filter unless the database has it; answers whether it did. */
    boolean createUnlessPresent(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // The services called inside join the command's transaction, which holds the lock until it commits.
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            context.getPropertyManager().acquireExclusiveLockForStartup();
            FilterService filters = engine.getFilterService();
            if (filters.createFilterQuery().filterResourceType(EntityTypes.TASK).filterName(NAME).count() > 0) {
                return false;
            }
            TaskQuery openSteps = engine.getTaskService().createTaskQuery()
                    .processDefinitionKey(ComplaintProcess.KEY)
                    .orderByDueDate().asc();
            filters.saveFilter(filters.newTaskFilter(NAME).setQuery(openSteps).setProperties(Map.of(
                    "description", "Every step of a complaint still waiting, the soonest deadline first",
                    // Tasklist lists filters by priority: filters added later go below this one.
                    "priority", -10)));
            return true;
        });
    }
}
