package org.disputedesk.process;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.disputedesk.complaint.Routing;
import org.disputedesk.complaint.Filing;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
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
        Complaint complaint = complaints.find(execution.getProcessBusinessKey()).orElseThrow();
        Filing filing = complaint.filing();
        Map<String, Object> inputs = Map.of(
                Decisions.IN_CATEGORY, filing.category().name(),
                Decisions.IN_DESIRED_REMEDY, filing.desiredRemedy().name(),
                Decisions.IN_CLAIMED_AMOUNT, filing.claimedAmount().doubleValue(),
                Decisions.IN_AUTO_REMEDY_LIMIT, routing.maxAmount().doubleValue());
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        String priority = decide(decisions, Decisions.PRIORITY, inputs);
        boolean standardsRelated = decide(decisions, Decisions.STANDARDS_RELATED, inputs);
        String silenceOutcome = decide(decisions, Decisions.SILENCE_OUTCOME, inputs);

        complaint.route(execution.getProcessInstanceId(), new Routing(priority, standardsRelated,
                silenceOutcome));
        complaints.save(complaint);
        // Routing runs as the process starts, while the case waits for its shop's answer.
        timeline.append(complaint.id(), TimelineEntry.of(TimelineEntry.Actor.SYSTEM, TimelineAction.ROUTED,
                Stage.SHOP_RESPONSE).with("priority", priority).with("standardsRelated", standardsRelated)
                .with("silenceOutcome", silenceOutcome));
    }

    private static <T> T decide(DecisionService decisions, String key, Map<String, Object> inputs) {
        return decisions.evaluateDecisionTableByKey(key, inputs).getSingleResult().getSingleEntry();
    }
}
