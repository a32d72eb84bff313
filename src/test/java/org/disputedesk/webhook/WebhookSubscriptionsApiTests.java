package org.disputedesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Subscribing a park's systems, as the installation runs by default: private targets refused. The
 * webhooks here point at a documentation address (TEST-NET-3) and subscribe to events no case sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class WebhookSubscriptionsApiTests {

    private static final String PUBLIC_URL = "https://203.0.113.10/dispute-desk/hooks";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired Api api;
    @Autowired JdbcClient jdbc;

    @Test
    void aParkAdministratorSubscribesSeesTheSecretOnceAndDeletesTheWebhook() {
        // when
        JsonPath created = create("parkadmin1", PUBLIC_URL, List.of("inquiry.opened", "complaint.closed"), "humen")
                .statusCode(201).header("Location", containsString("/api/webhooks/"))
                .body("url", equalTo(PUBLIC_URL)).body("parkId", equalTo("humen"))
                .extract().jsonPath();

        // then
        String id = created.getString("id");
        assertThat(created.getList("events")).containsExactly("inquiry.opened", "complaint.closed");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeGreaterThanOrEqualTo(24);
        List<Map<String, Object>> listed = api.get("parkadmin1", "/api/webhooks").statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(listed).filteredOn(w -> w.get("id").equals(id)).singleElement()
                .satisfies(w -> assertThat(w).doesNotContainKey("secret").containsEntry("url", PUBLIC_URL));
        assertThat(api.get("admin", "/api/webhooks?parkId=humen&size=200").extract().asString())
                .contains(id).doesNotContain(secret);
        api.get("parkadmin1", "/api/webhooks/" + id + "/deliveries").statusCode(200).body("$", equalTo(List.of()));
        assertThat(auditOf(id)).containsExactly("WEBHOOK_CREATED by parkadmin1");

        api.as("parkadmin1").delete("/api/webhooks/" + id).then().statusCode(204);
        api.as("parkadmin1").delete("/api/webhooks/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        api.get("parkadmin1", "/api/webhooks").statusCode(200).body("id", not(hasItem(id)));
        assertThat(auditOf(id)).containsExactlyInAnyOrder("WEBHOOK_CREATED by parkadmin1",
                "WEBHOOK_DELETED by parkadmin1");
    }

    @Test
    void anotherParksWebhookDoesNotExistForAParkAdministratorAndOtherRolesManageNone() {
        // given
        String dalang = create("admin", PUBLIC_URL, List.of("inquiry.opened"), "dalang").statusCode(201)
                .extract().path("id");

        // then
        for (String path : List.of("/api/webhooks/" + dalang + "/deliveries", "/api/webhooks?parkId=dalang")) {
            api.get("parkadmin1", path).statusCode(404).contentType(PROBLEM_JSON);
            api.get("mediator2", path).statusCode(403).contentType(PROBLEM_JSON);
        }
        api.as("parkadmin1").post("/api/webhooks/" + dalang + "/deliveries/msg_x/replay").then().statusCode(404);
        api.as("parkadmin1").delete("/api/webhooks/" + dalang).then().statusCode(404);
        create("parkadmin1", PUBLIC_URL, List.of("inquiry.opened"), "dalang").statusCode(404);
        create("buyer1", PUBLIC_URL, List.of("inquiry.opened"), "humen").statusCode(403).contentType(PROBLEM_JSON);
        api.get("parkadmin1", "/api/webhooks").statusCode(200).body("id", not(hasItem(dalang)));
        api.get("parkadmin2", "/api/webhooks").statusCode(200).body("id", hasItem(dalang));
        api.as("parkadmin2").delete("/api/webhooks/" + dalang).then().statusCode(204);
    }

    @Test
    void aWebhookIntoThePrivateNetworkIsRefusedAndNothingIsStored() {
        long before = count("webhook_subscriptions");
        long entries = count("admin_audit");
        for (String url : List.of("http://127.0.0.1:8080/hooks", "http://10.20.30.40/hooks",
                "http://169.254.169.254/latest/meta-data/", "http://localhost/hooks", "http://[::1]:8080/hooks",
                "https://192.168.1.10/hooks", "http://0.0.0.0/hooks", "http://[fd12:3456::1]/hooks",
                "http://[::ffff:127.0.0.1]/hooks")) {
            create("parkadmin1", url, List.of("complaint.filed"), "humen").statusCode(422)
                    .contentType(PROBLEM_JSON).body("detail", containsString("private network"));
        }
        create("admin", "https://no-such-host.invalid/hooks", List.of("complaint.filed"), "humen").statusCode(422)
                .body("detail", containsString("no-such-host.invalid"));
        api.as("parkadmin1").header("Accept-Language", "zh-CN").body(Map.of("url", "http://127.0.0.1/hooks",
                "events", List.of("complaint.filed"), "parkId", "humen")).post("/api/webhooks").then().statusCode(422)
                .body("detail", equalTo("主机 127.0.0.1 解析为私有网络地址 127.0.0.1，未保存任何内容。"));
        assertThat(count("webhook_subscriptions")).isEqualTo(before);
        assertThat(count("admin_audit")).isEqualTo(entries);
    }

    @Test
    void eventsAndAddressesTheContractDoesNotKnowAreRefused() {
        long before = count("webhook_subscriptions");
        create("parkadmin1", PUBLIC_URL, List.of("complaint.filed", "complaint.exploded"), "humen").statusCode(422)
                .contentType(PROBLEM_JSON).body("detail", containsString("complaint.exploded"));
        create("parkadmin1", PUBLIC_URL, List.of(), "humen").statusCode(400).body("errors.field", hasItem("events"));
        for (String url : List.of("ftp://203.0.113.10/hooks", "hooks", "/hooks", "https:///hooks", "http://a b/",
                "javascript:alert(1)")) {
            create("parkadmin1", url, List.of("complaint.filed"), "humen").statusCode(400)
                    .contentType(PROBLEM_JSON).body("errors.field", hasItem("url"));
        }
        api.as("admin").body(Map.of("url", PUBLIC_URL, "events", List.of("complaint.filed"))).post("/api/webhooks")
                .then().statusCode(400).body("errors.field", hasItem("parkId"));
        assertThat(count("webhook_subscriptions")).isEqualTo(before);
    }

    private ValidatableResponse create(String user, String url, List<String> events, String parkId) {
        return api.as(user).body(Map.of("url", url, "events", events, "parkId", parkId)).post("/api/webhooks").then();
    }

    private List<String> auditOf(String webhook) {
        return jdbc.sql("select action || ' by ' || actor from admin_audit where target = ? order by id")
                .param("webhook:" + webhook).query(String.class).list();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
