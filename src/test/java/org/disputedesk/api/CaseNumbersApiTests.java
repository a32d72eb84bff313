package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Each complaint gets a case number at filing, beside its id: a new one, higher than the last. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class CaseNumbersApiTests {

    @Autowired
    Api api;

    @Test
    void twoFilingsGetDifferentIncreasingNumbersThatTheComplaintCarries() {
        long first = filedNumber("buyer1", "shop-hm-001");
        long second = filedNumber("buyer2", "shop-hm-002");

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void theComplaintIsStillReadByItsIdAndItsNumberIsInTheListsAndTheInboxToo() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "NUM-" + UUID.randomUUID());
        long number = ((Number) api.get("buyer1", "/api/complaints/" + id).statusCode(200)
                .body("id", equalTo(id)).extract().path("number")).longValue();

        List<Number> listed = api.get("buyer1", "/api/complaints?size=100").statusCode(200)
                .extract().path("findAll { it.id == '" + id + "' }.number");
        assertThat(listed).singleElement().satisfies(n -> assertThat(n.longValue()).isEqualTo(number));
        List<Number> tasks = api.get("shop1", "/api/tasks").statusCode(200)
                .extract().path("findAll { it.complaintId == '" + id + "' }.number");
        assertThat(tasks).singleElement().satisfies(n -> assertThat(n.longValue()).isEqualTo(number));
    }

    /** Files a complaint and answers the number of the complaint the filing answered with. */
    private long filedNumber(String buyer, String shopId) {
        Number number = api.as(buyer).body(SampleInputs.complaint(shopId, "NUM-" + UUID.randomUUID()))
                .post("/api/complaints").then().statusCode(201).extract().path("number");
        return number.longValue();
    }
}
