package org.disputedesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module: no cycle between them, and no module reaches into another's
 * internals. Writes the module documentation (component diagrams and canvases) into docs/modules.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DisputeDeskApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void moduleDocumentationIsWritten() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
