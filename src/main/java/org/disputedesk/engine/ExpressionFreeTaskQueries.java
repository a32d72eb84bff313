package org.disputedesk.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * No task query runs an expression, at any level. The engine's switches
 * ({@code enable-expressions-in-adhoc-queries} and {@code -stored-queries}, both off) check only
 * the outer query: the or-queries nested in it carry no validator, so 7.24 CE evaluates their
 * expressions, and an expression reaches every bean of the server. This interceptor refuses a task
 * query with an expression anywhere in it before it runs, and a filter that holds one when it is
 * saved or read (inside the command, so the save rolls back). Engine REST answers the refusal 400.
 */
@Component
class ExpressionFreeTaskQueries extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the services' queries and filters run through the executor that requires a transaction
        List<CommandInterceptor> configured = configuration.getCustomPostCommandInterceptorsTxRequired();
        List<CommandInterceptor> interceptors = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
        interceptors.add(new Guard());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof TaskQueryImpl query) {
                refuseExpressions(query);
            }
            T result = next.execute(command);
            if (result instanceof Filter filter && filter.getQuery() instanceof TaskQueryImpl query) {
                refuseExpressions(query);
            }
            return result;
        }

        private static void refuseExpressions(TaskQueryImpl query) {
            // the outer query is the first of its own or-queries
            for (TaskQueryImpl part : query.getQueries()) {
                if (!part.getExpressions().isEmpty()) {
                    throw new BadUserRequestException("Task queries and filters may not contain expressions: "
                            + part.getExpressions().keySet());
                }
            }
        }
    }
}
