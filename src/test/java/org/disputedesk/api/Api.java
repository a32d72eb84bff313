package org.disputedesk.api;

import org.disputedesk.SampleInputs;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.env.Environment;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What the API stories share: a caller signed in with HTTP Basic, filing, and firing a deadline.
 * Imported by each story ({@code @Import(Api.class)}), the browser journeys' too; it reads the
 * random port the server took.
 */
public class Api {

    static final String PASSWORD = "demo";
    static final String PROBLEM_JSON = "application/problem+json";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Environment environment;

    Api(RuntimeService runtimeService, ManagementService managementService,
        Environment environment) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.environment = environment;
    }

    public int port() {
        return Integer.parseInt(environment.getRequiredProperty("local.server.port"));
    }

    /** A request by {@code user}, JSON in and out. */
    public RequestSpecification as(String user) {
        return given().port(port()).auth().preemptive().basic(user, PASSWORD)
                .contentType(ContentType.JSON).accept("application/json, application/problem+json");
    }

    /** A request by {@code user} with no declared body type, for multipart uploads and downloads. */
    public RequestSpecification plain(String user) {
        return given().port(port()).auth().preemptive().basic(user, PASSWORD);
    }

    /** A request without credentials. */
    public RequestSpecification anonymous() {
        return given().port(port()).contentType(ContentType.JSON);
    }

    /** Files a complaint as {@code buyer} and answers its id. */
    public String fileComplaint(String buyer, String shopId, String orderRef) {
        return fileComplaint(buyer, SampleInputs.complaint(shopId, orderRef));
    }

    public String fileComplaint(String buyer, Map<String, Object> body) {
        return as(buyer).body(body).post("/api/complaints")
                .then().statusCode(201).extract().path("id");
    }

    /** A step of a case, answered 200 with the complaint. */
    public ValidatableResponse step(String user, String id, String segment, Object body) {
        RequestSpecification request = as(user);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/complaints/" + id + "/" + segment).then();
    }

    /** A shop import by {@code user}: the file's bytes as {@code text/csv} in UTF-8. */
    public ValidatableResponse importShops(String user, byte[] csv) {
        return plain(user).contentType("text/csv; charset=UTF-8").accept("application/json, application/problem+json")
                .body(csv).post("/api/admin/shops/import").then();
    }

    public ValidatableResponse importShops(String user, String csv) {
        return importShops(user, csv.getBytes(StandardCharsets.UTF_8));
    }

    public ValidatableResponse get(String user, String path) {
        return as(user).get(path).then();
    }

    public String stageOf(String id) {
        return as("admin").get("/api/complaints/" + id).then().statusCode(200).extract().path("stage");
    }

    /** Fires the deadline {@code timerId} of the case's process, as the job executor would when it is due. */
    public void fireTimer(String complaintId, String timerId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaintId).singleResult();
        Job job = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(timerId).timers().singleResult();
        if (job == null) {
            throw new AssertionError("No timer " + timerId + " is waiting on complaint " + complaintId);
        }
        managementService.executeJob(job.getId());
    }
}
