package org.disputedesk.process;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Moves the open cases of the model's retired versions to the latest version when the node starts,
 * before it serves. Versions whose deadlines are durations ({@code ${deadlines.shopResponse}}), from
 * the first release until deadlines followed the park and the calendar, name properties of the
 * {@code deadlines} bean this code no longer has, and the first release's gateways read process
 * variables ({@code shopDecision}, {@code mediationDecision}, {@code received}…) that no step writes
 * any more: left on their version, such a case fails its next step or deadline. Every element id of
 * those versions is still in the latest, so mapping equal activities is the whole plan; the case
 * keeps its open task and its timers as they were due. Later versions run on as they started
 * (docs/operations.md, "Upgrade").
 */
@Component
class RetiredModelCases implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RetiredModelCases.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    RetiredModelCases(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    // After every singleton, so after the engine deployed the latest version; before the web server starts.
    @Override
    public void afterSingletonsInstantiated() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintProcess.KEY).latestVersion().singleResult();
        if (latest == null) {
            return;
        }
        List<ProcessDefinition> versions = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintProcess.KEY).list();
        for (ProcessDefinition version : versions) {
            if (!version.getId().equals(latest.getId()) && retired(version)) {
                long open = runtime.createProcessInstanceQuery().processDefinitionId(version.getId()).count();
                if (open > 0) {
                    migrate(version, latest, open);
                }
            }
        }
    }

    private boolean retired(ProcessDefinition version) {
        return repository.getBpmnModelInstance(version.getId()).getModelElementsByType(TimerEventDefinition.class)
                .stream().anyMatch(timer -> timer.getTimeDuration() != null);
    }

    private void migrate(ProcessDefinition from, ProcessDefinition to, long open) {
        log.info("Moving {} open cases from {} version {} to version {}", open, ComplaintProcess.KEY,
                from.getVersion(), to.getVersion());
        runtime.newMigration(runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().build())
                .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(from.getId()))
                .execute();
    }
}
