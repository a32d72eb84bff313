package org.disputedesk.portal.cases;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.disputedesk.process.ComplaintProcess;
import org.springframework.stereotype.Component;

/** Where a case's process instance is, read from the engine's history (it outlives the instance). */
@Component
class CaseProgress {

    record Progress(String processDefinitionId, Set<String> current, Set<String> passed) {
    }

    private final HistoryService history;
    private final RepositoryService repository;

    CaseProgress(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** The case's path so far; a case without a process instance shows the current model unmarked. */
    Progress of(String complaintId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ComplaintProcess.KEY).processInstanceBusinessKey(complaintId).singleResult();
        if (instance == null) {
            return new Progress(repository.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.KEY)
                    .latestVersion().singleResult().getId(), Set.of(), Set.of());
        }
        Set<String> current = new HashSet<>();
        Set<String> passed = new HashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            (activity.getEndTime() == null ? current : passed).add(activity.getActivityId());
        }
        return new Progress(instance.getProcessDefinitionId(), current, passed);
    }
}
