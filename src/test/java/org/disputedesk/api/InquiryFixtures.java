package org.disputedesk.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Standards inquiries opened as they open in the product: by the committee's NONCONFORMING findings on a
 * shop's cases, each case taken through the API from filing to the committee's ruling. A demo shop's inquiry
 * another test left open is first taken to its end, so that the shop's next findings open a fresh one.
 */
public class InquiryFixtures {

    /** The demo shop's operator and its park's mediator. */
    private static final Map<String, List<String>> PEOPLE = Map.of(
            "shop-hm-001", List.of("shop1", "mediator1"), "shop-dl-001", List.of("shop3", "mediator2"));
    public static final Map<String, Object> CITATION = Map.of("standard", "GB/T 29862-2013", "clause", "6");

    private final Api api;

    public InquiryFixtures(Api api) {
        this.api = api;
    }

    /** A fresh inquiry of the demo shop, waiting on the committee's notice: its id. */
    public String openInquiry(String shopId) {
        closeOpenInquiryOf(shopId);
        for (int i = 0; i < 3 && waitingInquiryOf(shopId) == null; i++) {
            nonconformingFinding(shopId);
        }
        String id = waitingInquiryOf(shopId);
        if (id == null) {
            throw new AssertionError("Three NONCONFORMING findings opened no inquiry of " + shopId);
        }
        return id;
    }

    /** A case of buyer1 against the shop, rejected, escalated, sent to the committee and found NONCONFORMING. */
    public String nonconformingFinding(String shopId) {
        String operator = PEOPLE.get(shopId).get(0);
        String mediator = PEOPLE.get(shopId).get(1);
        String id = api.fileComplaint("buyer1", shopId, "IQ-" + UUID.randomUUID());
        api.step(operator, id, "shop-response", Map.of("decision", "REJECT", "message", "As described.")).statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.step(mediator, id, "mediation/claim", null).statusCode(200);
        api.step(mediator, id, "mediation/decision", Map.of("decision", "ESCALATE",
                "question", "Does the label state the fibre content?", "reasoning", "A standards question.")).statusCode(200);
        api.step("committee1", id, "committee-ruling", Map.of("finding", "NONCONFORMING", "citations", List.of(CITATION),
                "reasoning", "Measured 35% cotton against 100% declared.")).statusCode(200);
        return id;
    }

    public Map<String, Object> notice() {
        return Map.of("requirements", "State the measured fibre content on every label.", "citations", List.of(CITATION));
    }

    /** Takes the shop's open inquiry, if any, to its end: notice, plan, verdict, whichever remain. */
    private void closeOpenInquiryOf(String shopId) {
        for (String stage : List.of("COMMITTEE_NOTICE", "CORRECTIVE_PLAN", "VERIFICATION")) {
            for (String id : idsOf(shopId, stage)) {
                String at = stage;
                if (at.equals("COMMITTEE_NOTICE")) {
                    post("committee1", id, "notice", notice());
                    at = "CORRECTIVE_PLAN";
                }
                if (at.equals("CORRECTIVE_PLAN")) {
                    post(PEOPLE.get(shopId).get(0), id, "corrective-plan", Map.of("plan", "New labels."));
                }
                post("committee1", id, "verification", Map.of("verdict", "CORRECTED", "reasoning", "Done."));
            }
        }
    }

    private void post(String user, String id, String step, Map<String, Object> body) {
        api.as(user).body(body).post("/api/committee/inquiries/" + id + "/" + step).then().statusCode(200);
    }

    private String waitingInquiryOf(String shopId) {
        List<String> ids = idsOf(shopId, "COMMITTEE_NOTICE");
        return ids.isEmpty() ? null : ids.get(0);
    }

    private List<String> idsOf(String shopId, String stage) {
        return api.as("committee1").get("/api/committee/inquiries?shopId=" + shopId + "&stage=" + stage)
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
    }
}
