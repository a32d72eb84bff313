package org.disputedesk.process;

import org.camunda.bpm.engine.ProcessEngineException;

/** A step the engine door refused, with the reason the endpoint would have given. */
public class StepRefused extends ProcessEngineException {

    public StepRefused(String reason) {
        super(reason);
    }
}
