package org.disputedesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.disputedesk.api.Api;
import org.disputedesk.api.InquiryFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A park's systems subscribed to {@code inquiry.opened} are sent the opening of a standards inquiry
 * against one of its shops, with the cases whose findings opened it; the other park's are not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class InquiryWebhookApiTests {

    private static final String HOOK_URL = "https://203.0.113.20/park-systems/hooks";

    @Autowired Api api;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void anInquiryOpenedIsQueuedForTheShopsParkWithTheCasesThatOpenedIt() throws Exception {
        String humen = subscribe("parkadmin1", "humen");
        String dalang = subscribe("parkadmin2", "dalang");

        String inquiry = new InquiryFixtures(api).openInquiry("shop-hm-001");

        api.get("parkadmin1", "/api/webhooks/" + humen + "/deliveries").statusCode(200)
                .body("size()", equalTo(1)).body("[0].event", equalTo("inquiry.opened"))
                .body("[0].complaintId", equalTo(null));
        api.get("parkadmin2", "/api/webhooks/" + dalang + "/deliveries").statusCode(200)
                .body("size()", equalTo(0));
        JsonNode body = json.readTree(jdbc.sql("""
                select d.payload from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
                where s.id = ?""").param(humen).query(String.class).single());
        assertThat(body.path("type").asText()).isEqualTo("inquiry.opened");
        assertThat(body.path("data").path("inquiryId").asText()).isEqualTo(inquiry);
        assertThat(body.path("data").path("shopId").asText()).isEqualTo("shop-hm-001");
        assertThat(body.path("data").path("parkId").asText()).isEqualTo("humen");
        List<String> findings = api.get("committee1", "/api/committee/inquiries/" + inquiry).statusCode(200)
                .extract().jsonPath().getList("findings", String.class);
        assertThat(body.path("data").path("complaintIds")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(findings);
    }

    private String subscribe(String admin, String park) {
        return api.as(admin).body(Map.of("url", HOOK_URL, "events", List.of("inquiry.opened"), "parkId", park))
                .post("/api/webhooks").then().statusCode(201).extract().path("id");
    }
}
