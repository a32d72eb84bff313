package org.disputedesk.process;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.process.ComplaintProcess.Decisions;
import org.springframework.stereotype.Component;

/**
 * The routing step: evaluates the three decisions of complaint-routing.dmn for the filed case and
 * keeps their results on the case, where the silence gateway reads the silence outcome.
 */
@Component("routeComplaint")
class RouteComplaint implements JavaDelegate {

    private final Complaints complaints;
    private final Timeline timeline;
    private final RoutingProperties routing;

    RouteComplaint(Complaints complaints, Timeline timeline, RoutingProperties routing) {
        this.complaints = complaints;
        this.timeline = timeline;
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaints.Filed complaint = complaints.filed(execution.getProcessBusinessKey()).orElseThrow();
        Map<String, Object> inputs = Map.of(
                Decisions.IN_CATEGORY, complaint.category().name(),
                Decisions.IN_DESIRED_REMEDY, complaint.desiredRemedy().name(),
                Decisions.IN_CLAIMED_AMOUNT, complaint.claimedAmount().doubleValue(),
                Decisions.IN_AUTO_REMEDY_LIMIT, routing.maxAmount().doubleValue());
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        String priority = decide(decisions, Decisions.PRIORITY, inputs);
        boolean standardsRelated = decide(decisions, Decisions.STANDARDS_RELATED, inputs);
        String silenceOutcome = decide(decisions, Decisions.SILENCE_OUTCOME, inputs);

        complaints.routed(complaint.id(), execution.getProcessInstanceId(), priority, standardsRelated,
                silenceOutcome);
        // Routing runs as the process starts, while the case waits for its shop's answer.
        timeline.append(complaint.id(), Timeline.SYSTEM, Timeline.SYSTEM_ROLE, "ROUTED", Stage.SHOP_RESPONSE,
                "Priority " + priority + (standardsRelated ? ", standards-related" : "")
                        + "; if the shop stays silent: " + silenceOutcome + ".");
    }

    private static <T> T decide(DecisionService decisions, String key, Map<String, Object> inputs) {
        return decisions.evaluateDecisionTableByKey(key, inputs).getSingleResult().getSingleEntry();
    }
}
