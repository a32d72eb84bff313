package org.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputedesk.api.Api;
import org.disputedesk.api.InquiryFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The standards inquiries' endpoints × every demo user × an inquiry of each park, at each of its stages. Each
 * expectation is written out here from the contract: the committee and administrators see every inquiry, a
 * shop's operators and its park's administrator the shop's, nobody else any; the committee sends the notice and
 * verifies, the shop's operators send the plan; a refusal writes nothing.
 */
@Import(Api.class)
class InquiryMatrixApiTests extends DemoUsersMatrix {

    /** Who sees the inquiry of each demo shop: beside the committee and the administrator. */
    private static final Map<String, Set<String>> SEES = Map.of(
            "shop-hm-001", Set.of("committee1", "admin", "shop1", "parkadmin1"),
            "shop-dl-001", Set.of("committee1", "admin", "shop3", "parkadmin2"));
    private static final Map<String, String> OPERATOR = Map.of("shop-hm-001", "shop1", "shop-dl-001", "shop3");
    private static final Set<String> READERS = Set.of("COMMITTEE", "ADMIN", "SHOP", "PARK_ADMIN");

    @Autowired
    Api api;

    @Test
    void theInquiryEndpointsAnswerEveryDemoUserForAnInquiryOfEachParkAtEachStage() {
        InquiryFixtures fixtures = new InquiryFixtures(api);
        for (String shopId : List.of("shop-hm-001", "shop-dl-001")) {
            String id = fixtures.openInquiry(shopId);
            String path = "/api/committee/inquiries/" + id;
            Map<String, Map<String, Object>> bodies = Map.of("notice", fixtures.notice(),
                    "corrective-plan", Map.of("plan", "New labels."),
                    "verification", Map.of("verdict", "NOT_CORRECTED", "reasoning", "Labels unchanged."));
            List<String> steps = List.of("notice", "corrective-plan", "verification");
            for (int at = 0; at < steps.size(); at++) {
                String actor = at == 1 ? OPERATOR.get(shopId) : "committee1";
                for (String user : USERS) {
                    boolean sees = SEES.get(shopId).contains(user);
                    assertThat(status(as(user).get("/api/committee/inquiries"))).as("%s GET inquiries", user)
                            .isEqualTo(READERS.contains(ROLE.get(user)) ? 200 : 403);
                    assertThat(status(as(user).get(path))).as("%s GET the inquiry of %s", user, shopId)
                            .isEqualTo(sees ? 200 : 404);
                    for (int s = 0; s < steps.size(); s++) {
                        if (user.equals(actor) && s == at) {
                            continue;
                        }
                        String step = steps.get(s);
                        String stepActor = s == 1 ? OPERATOR.get(shopId) : "committee1";
                        String state = stateOf(id);
                        int answer = status(as(user).body(bodies.get(step)).post(path + "/" + step));
                        assertThat(answer).as("%s POST %s of %s's inquiry at %s", user, step, shopId, steps.get(at))
                                .isEqualTo(!sees ? 404 : !user.equals(stepActor) ? 403 : 409);
                        assertThat(stateOf(id)).as("after %s's refused %s", user, step).isEqualTo(state);
                    }
                }
                assertThat(status(as(actor).body(bodies.get(steps.get(at))).post(path + "/" + steps.get(at))))
                        .as("%s POST %s of %s's inquiry", actor, steps.get(at), shopId).isEqualTo(200);
            }
            assertThat(jdbc.sql("select verdict from inquiries where id = ?").param(id).query(String.class).single())
                    .isEqualTo("NOT_CORRECTED");
        }
    }

    /** Everything a step writes on the inquiry, and its citations. */
    private String stateOf(String id) {
        return jdbc.sql("""
                select stage || ':' || coalesce(requirements, '') || ':' || coalesce(plan, '') || ':'
                       || coalesce(verdict, '') || ':' || coalesce(verified_by, '') || ':'
                       || cast((select count(*) from inquiry_citations c where c.inquiry_id = i.id) as varchar)
                from inquiries i where id = ?""").param(id).query(String.class).single();
    }
}
