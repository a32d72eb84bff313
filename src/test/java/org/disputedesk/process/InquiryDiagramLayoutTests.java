package org.disputedesk.process;

import org.disputedesk.inquiry.InquiryProcess;

/** The standards inquiry's diagram, held to the same geometry as the case's: left to right, nothing drawn over. */
class InquiryDiagramLayoutTests extends DiagramLayoutTests {

    @Override
    String resource() {
        return InquiryProcess.RESOURCE;
    }
}
