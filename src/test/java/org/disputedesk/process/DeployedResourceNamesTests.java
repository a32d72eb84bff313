package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the engine deployed is named as the files are, whichever directory the application runs
 * from: tests run it from target/classes, where Camunda's Spring integration would otherwise name
 * each resource by its absolute path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class DeployedResourceNamesTests extends ProcessTestSupport {

    @Test
    void theModelItsDecisionsAndItsFormsAreDeployedUnderTheirFileNames() throws IOException {
        RepositoryService repository = processEngine.getRepositoryService();
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintProcess.KEY).latestVersion().singleResult();

        assertThat(repository.getDeploymentResourceNames(definition.getDeploymentId()))
                .containsExactlyInAnyOrderElementsOf(fileNames("processes", "forms"));
        assertThat(definition.getResourceName()).isEqualTo(ComplaintProcess.RESOURCE);
        assertThat(repository.createDecisionDefinitionQuery().deploymentId(definition.getDeploymentId()).list())
                .allSatisfy(decision -> assertThat(decision.getResourceName()).isEqualTo(ComplaintProcess.ROUTING_RESOURCE));
    }

    @Test
    void aStepFindsItsFormInItsOwnDeploymentByTheFormsId() throws IOException {
        String id = fileMediatedClaim();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();

        try (InputStream form = processEngine.getFormService().getDeployedTaskForm(task.getId())) {
            assertThat(new ObjectMapper().readTree(form).get("id").asText()).isEqualTo(ComplaintProcess.Tasks.SHOP_RESPONSE);
        }
    }

    @Test
    void aFileTheClassPathShowsTwiceIsDeployedOnce() {
        Resource source = new FileSystemResource(Path.of("processes", ComplaintProcess.RESOURCE));
        Resource copy = new FileSystemResource(Path.of("target", "classes", ComplaintProcess.RESOURCE));

        assertThat(DeployedResourceNames.named(new Resource[] {source, copy})).hasSize(1);
    }

    @Test
    void twoDifferentFilesOfOneNameFailTheStartRatherThanOneReplacingTheOther(@TempDir Path elsewhere)
            throws IOException {
        Resource source = new FileSystemResource(Path.of("processes", ComplaintProcess.RESOURCE));
        Resource other = new FileSystemResource(Files.writeString(elsewhere.resolve(ComplaintProcess.RESOURCE), "<other/>"));

        assertThatThrownBy(() -> DeployedResourceNames.named(new Resource[] {source, other}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ComplaintProcess.RESOURCE);
    }

    private static List<String> fileNames(String... folders) throws IOException {
        Stream<String> names = Stream.empty();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                names = Stream.concat(names, files.map(f -> f.getFileName().toString()).toList().stream());
            }
        }
        return names.toList();
    }
}
