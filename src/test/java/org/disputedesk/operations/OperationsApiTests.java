package org.disputedesk.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.process.ComplaintProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What an operator's load balancer and dashboards read from a node. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OperationsApiTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseMetrics metrics;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void livenessAndReadinessProbesArePublic() {
        given().port(port).get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
        given().port(port).get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusIsForAdminsOnly() {
        given().port(port).get("/actuator/prometheus").then().statusCode(401);
        as("mediator1").get("/actuator/prometheus").then().statusCode(403);
        as("admin").get("/actuator/prometheus").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void domainGaugesCountOpenCasesOverdueCasesAndShopBreaches() {
        // given: a dalang case whose shop lets the deadline pass (dalang has no other case in this suite's story)
        String id = as("buyer2").contentType(ContentType.JSON).body(Map.of("shopId", "shop-dl-001",
                        "orderRef", "OPS-" + UUID.randomUUID(), "category", "SIZE_MISMATCH",
                        "description", "Sweater two sizes too small", "orderAmount", 500, "claimedAmount", 400,
                        "desiredRemedy", "RETURN_AND_REFUND"))
                .post("/api/complaints").then().statusCode(201).extract().path("id");
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(processId)
                .activityId(ComplaintProcess.Timers.SHOP_SILENT).singleResult().getId());

        // when: eleven days later, mediation (ten days) is overdue
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(11))));
        try {
            metrics.refresh();
        } finally {
            ClockUtil.reset();
        }

        // then
        String scrape = as("admin").get("/actuator/prometheus").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(scrape)
                .containsPattern("disputedesk_cases_open\\{[^}]*park=\"dalang\"[^}]*stage=\"MEDIATION\"[^}]*} [1-9]")
                .containsPattern("disputedesk_shop_deadline_breaches\\{[^}]*shop=\"shop-dl-001\"[^}]*} [1-9]")
                .containsPattern("disputedesk_cases_overdue\\{park=\"dalang\"} [1-9]");
    }

    private RequestSpecification as(String user) {
        return given().port(port).auth().preemptive().basic(user, "demo");
    }
}
