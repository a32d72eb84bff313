package org.disputedesk.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A step refused at the engine door reaches Tasklist and engine REST as what it is, a form the
 * domain did not accept: they answer that with 400 and its reason. The engine wraps whatever a
 * task listener throws, twice, and its REST API answers any other wrapped exception with 500.
 */
@Component
class RefusedStepsAsInvalidForms extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new Unwrap());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Unwrap extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof StepRefused refused) {
                        throw new FormFieldValidationException(null, refused.getMessage(), refused);
                    }
                }
                throw e;
            }
        }
    }
}
