package org.disputedesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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
     * The resources under their bare names, each once. From the jar, the pattern finds every file
     * twice, through two roots of the class path; the engine used to keep one of two resources of one
     * name silently, so two different files of one name fail the start instead.
     */
    static Resource[] named(Resource[] resources) {
        Map<String, Resource> byName = new LinkedHashMap<>();
        for (Resource resource : resources) {
            Resource seen = byName.putIfAbsent(resource.getFilename(), resource);
            if (seen != null && !Arrays.equals(content(seen), content(resource))) {
                throw new IllegalStateException("Two deployment resources are called " + resource.getFilename() + " ("
                        + seen.getDescription() + ", " + resource.getDescription()
                        + "): keep the file names in processes/ and forms/ unique");
            }
        }
        return byName.values().stream().map(Named::new).toArray(Resource[]::new);
    }

    private static byte[] content(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the deployment resource " + resource.getDescription(), e);
        }
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
