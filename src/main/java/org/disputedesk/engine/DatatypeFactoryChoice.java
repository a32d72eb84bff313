package org.disputedesk.engine;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own XML {@link DatatypeFactory} before the engine starts. The engine makes a new
 * factory for every deadline it sets (each task's boundary timer); without the system property,
 * each lookup searches the whole class path for a service provider, 4–6% of a case's CPU. A
 * factory named on the command line is left as it is.
 */
@Component
class DatatypeFactoryChoice extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
