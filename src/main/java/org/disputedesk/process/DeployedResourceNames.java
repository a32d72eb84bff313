package org.disputedesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the model, the decisions and the forms under their bare file names
 * ({@code complaint-resolution.bpmn}, {@code shop-response.form}, …), as Cockpit and
 * {@code getDeploymentResourceNames} show them.
 *
 * <p>The starter deploys what {@code camunda.bpm.deployment-resource-pattern} finds, and Camunda's
 * Spring integration names a resource on the file system by its absolute path: started from
 * {@code target/classes} (tests, {@code mvn spring-boot:run}) a resource was called
 * {@code /work/…/target/classes/complaint-resolution.bpmn}, from the jar
 * {@code complaint-resolution.bpmn}. The engine compares a new deployment with the last one by
 * those names, so the same model started from two directories deployed a new version each time.
 * Wrapped as a {@link ContextResource}, a resource is named by its file name, the same on every
 * machine, and the starter's deployment keeps the rest: duplicate filtering against
 * the last deployment of the same name, the deployment lock that two nodes starting together
 * wait on, and one deployment holding the model and its forms, which {@code camunda:formRef}
 * with binding {@code deployment} needs.
 *
 * <p>On an installation that ran from {@code target/classes}, the first start with these names
 * makes one more deployment (a new version of the same model); cases already open stay on theirs.
 */
@Component
class DeployedResourceNames extends AbstractProcessEnginePlugin {

    // The starter sets the resources in its preInit; every plugin's preInit runs before any postInit,
    // and the deployment itself happens once the engine is built.
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringTransactionsProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
            spring.setDeploymentResources(named(spring.getDeploymentResources()));
        }
    }

    /**
     * The resources under their bare names. Two with the same name would silently replace each
     * other in the deployment, so that fails the start instead.
     */
    static Resource[] named(Resource[] resources) {
        Map<String, Long> counts = Arrays.stream(resources)
                .collect(Collectors.groupingBy(Resource::getFilename, Collectors.counting()));
        counts.forEach((name, count) -> {
            if (count > 1) {
                throw new IllegalStateException(count + " deployment resources are called " + name
                        + ": keep the file names in processes/ and forms/ unique");
            }
        });
        return Arrays.stream(resources).map(Named::new).toArray(Resource[]::new);
    }

    /**
     * A resource the engine deploys under its file name. The engine reads only the name and the
     * content; the description keeps the original's location for the starter's log.
     */
    private static final class Named extends AbstractResource implements ContextResource {

        private final Resource resource;

        Named(Resource resource) {
            this.resource = resource;
        }

        @Override
        public String getPathWithinContext() {
            return resource.getFilename();
        }

        @Override
        public String getFilename() {
            return resource.getFilename();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public String getDescription() {
            return resource.getDescription();
        }
    }
}
