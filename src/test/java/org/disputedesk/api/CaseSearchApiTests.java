package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The case list searched by order reference, by words of the description, and by filing date. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class CaseSearchApiTests {

    @Autowired
    Api api;

    @Test
    void anOrderIsFoundByItsExactReferenceAndACaseByWordsOfItsDescription() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String order = "TB-SEARCH-" + marker;
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", order);
        body.put("description", "The Cashmere " + marker + " sweater pilled after one wash.");
        String id = api.fileComplaint("buyer1", body);

        assertThat(ids("buyer1", "q=" + order)).containsExactly(id);
        assertThat(ids("mediator1", "q=cashmere " + marker)).containsExactly(id);
        assertThat(ids("buyer1", "q=" + order.substring(0, order.length() - 1))).as("no partial order").isEmpty();
        assertThat(ids("buyer2", "q=" + order)).as("another buyer's case").isEmpty();
        assertThat(ids("mediator2", "q=" + order)).as("another park's mediator").isEmpty();
    }

    @Test
    void wildcardsInTheSearchMeanThemselves() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "TB-PCT-" + marker);
        body.put("description", "Discount of 100% promised " + marker + ", not given.");
        String id = api.fileComplaint("buyer1", body);

        assertThat(ids("buyer1", "q=100% promised " + marker)).containsExactly(id);
        assertThat(ids("buyer1", "q=%")).doesNotContain("nothing").allMatch(found -> descriptionHasPercent(found));
        assertThat(ids("buyer1", "q=_" + marker.substring(1))).isEmpty();
    }

    @Test
    void filingDatesAreTheParksCalendarDaysBothIncluded() {
        String id = api.fileComplaint("buyer2", "shop-hm-002", "TB-DATE-" + UUID.randomUUID());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThat(ids("buyer2", "from=" + today + "&to=" + today)).contains(id);
        assertThat(ids("buyer2", "to=" + today.minusDays(1))).doesNotContain(id);
        assertThat(ids("buyer2", "from=" + today.plusDays(1))).isEmpty();
        api.get("buyer2", "/api/complaints?from=07.12.2026").statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(400));
        api.get("buyer2", "/api/complaints?q=" + "x".repeat(201)).statusCode(400).contentType(Api.PROBLEM_JSON);
    }

    private List<String> ids(String user, String query) {
        return api.get(user, "/api/complaints?size=100&" + query).statusCode(200).extract().jsonPath().getList("id");
    }

    private boolean descriptionHasPercent(String id) {
        String description = api.get("buyer1", "/api/complaints/" + id).extract().path("description");
        return description.contains("%");
    }
}
