package org.disputedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.disputedesk.process.StepRefused;
import org.springframework.stereotype.Component;

/**
 * An inquiry's task completes only through its endpoint, which keeps the step's facts on the inquiry in the
 * same transaction: completed in Tasklist or through engine REST, it would move the process and leave the
 * inquiry behind. Tasklist shows the refusal as a form error and the task stays open.
 */
@Component("inquiryStepGuard")
class InquiryStepGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(InquiryProcess.Vars.STEP_TAKEN) == null) {
            throw new StepRefused("A standards inquiry's step is taken on its page of the portal or through "
                    + "/api/committee/inquiries/" + task.getExecution().getProcessBusinessKey() + ".");
        }
    }
}
