package org.disputedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.disputedesk.process.ComplaintProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node that starts on a database another node has set up, as after a restart or when a second
 * node joins, deploys nothing new and adds no second Tasklist filter: both name the deployed files
 * alike, so the engine's duplicate filter finds them unchanged.
 */
class SecondNodeClusterTests {

    /** The filter Tasklist opens with (process.OpenStepsFilter). */
    private static final String OPEN_STEPS = "Open steps";

    private ClusterNode first;
    private ClusterNode second;

    @AfterEach
    void stopNodes() {
        ClusterNode.closeAll(first, second);
    }

    @Test
    void aSecondNodeOnTheSameDatabaseDeploysNothingNewAndAddsNoFilter() {
        first = ClusterNode.start("node-first", false);
        List<String> deployed = deploymentIds(first);

        second = ClusterNode.start("node-second", false);

        assertThat(deploymentIds(second)).isEqualTo(deployed);
        RepositoryService repository = second.bean(RepositoryService.class);
        String current = repository.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.KEY)
                .latestVersion().singleResult().getDeploymentId();
        assertThat(repository.getDeploymentResourceNames(current))
                .contains(ComplaintProcess.RESOURCE, ComplaintProcess.ROUTING_RESOURCE, "shop-response.form")
                .noneMatch(name -> name.contains("/"));
        assertThat(second.bean(FilterService.class).createFilterQuery().filterName(OPEN_STEPS).count()).isEqualTo(1);
    }

    private static List<String> deploymentIds(ClusterNode node) {
        return node.bean(RepositoryService.class).createDeploymentQuery().orderByDeploymentTime().asc().list()
                .stream().map(Deployment::getId).toList();
    }
}
