package org.disputedesk.api;

import org.disputedesk.SampleInputs;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.env.Environment;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What the API stories share: a caller signed in with HTTP Basic or through the portal's login
 * form, filing, firing a deadline, and completing a task through engine REST.
 * Imported by each story ({@code @Import(Api.class)}), the browser journeys' too; it reads the
 * random port the server took.
 */
public class Api {

    static final String PASSWORD = "demo";
    static final String PROBLEM_JSON = "application/problem+json";
    public static final String SESSION = "JSESSIONID";
    private static final Pattern PAGE_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final ProcessEngine engine;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Environment environment;

    Api(ProcessEngine engine, RuntimeService runtimeService, ManagementService managementService,
        Environment environment) {
        this.engine = engine;
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

    /** A request by {@code user} signed in with {@code password}, JSON in and out. */
    public RequestSpecification as(String user, String password) {
        return given().port(port()).auth().preemptive().basic(user, password)
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

    /** A browser signed in through the portal's login form, as a person does: its session cookie. */
    public String signIn(String user) {
        return signIn(port(), user);
    }

    /** {@link #signIn(String)} on the server at {@code port}, for tests that have no {@code Api}. */
    public static String signIn(int port, String user) {
        return signIn(port, user, PASSWORD);
    }

    /** A browser signed in as {@code user} with {@code password}: its session cookie. */
    public String signIn(String user, String password) {
        return signIn(port(), user, password);
    }

    private static String signIn(int port, String user, String password) {
        Response loginPage = given().port(port).get("/login");
        String token = loginPage.htmlPath().getString("**.find { it.@name == '_csrf' }.@value");
        return given().port(port).redirects().follow(false).cookie(SESSION, loginPage.cookie(SESSION))
                .formParam("username", user).formParam("password", password).formParam("_csrf", token)
                .post("/login").then().statusCode(302).extract().cookie(SESSION);
    }

    /** The CSRF token a portal page gives its scripts for {@code session}. */
    public String csrfToken(String session) {
        return csrfToken(port(), session);
    }

    /** {@link #csrfToken(String)} on the server at {@code port}. */
    public static String csrfToken(int port, String session) {
        Matcher meta = PAGE_TOKEN.matcher(given().port(port).cookie(SESSION, session).get("/inbox")
                .then().statusCode(200).extract().asString());
        if (!meta.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return meta.group(1);
    }

    /** A request in the browser {@code session}, JSON in and out, with no credentials of its own. */
    public RequestSpecification inSession(String session) {
        return given().port(port()).redirects().follow(false).cookie(SESSION, session)
                .contentType(ContentType.JSON).accept("application/json, application/problem+json");
    }

    /** Files a complaint as {@code buyer} and answers its id. */
    public String fileComplaint(String buyer, String shopId, String orderRef) {
        return fileComplaint(buyer, SampleInputs.complaint(shopId, orderRef));
    }

    public String fileComplaint(String buyer, Map<String, Object> body) {
        return as(buyer).body(body).post("/api/complaints")
                .then().statusCode(201).extract().path("id");
    }

    /** A complaint of buyer1 against shop-hm-001 that the shop rejected and the buyer escalated to the park. */
    public String escalatedToMediation() {
        String id = fileComplaint("buyer1", "shop-hm-001", "ESC-" + UUID.randomUUID());
        step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "As described.")).statusCode(200);
        step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        return id;
    }

    /**
     * A complaint of buyer1 against shop-hm-001 pointing at the livestream {@code room}, which the shop
     * rejected, the buyer escalated and mediator1 claimed.
     */
    public String claimedMediationAbout(String room) {
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "LIVE-" + UUID.randomUUID());
        body.put("livestream", Map.of("room", room, "offsetSeconds", 60));
        String id = fileComplaint("buyer1", body);
        step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "As described.")).statusCode(200);
        step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        step("mediator1", id, "mediation/claim", null).statusCode(200);
        return id;
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

    /**
     * Engine REST finds its engine by name in the JVM's registry, which holds one per name: with
     * another test's application context cached (each has its own in-memory database), the last
     * one started would answer. A test calling engine REST registers its own context's engine first.
     */
    public void engineRestAnswersForThisContext() {
        ProcessEngines.registerProcessEngine(engine);
    }

    /** Completes the case's open task through engine REST's {@code submit-form}, as Tasklist does, as admin. */
    public ValidatableResponse submitTaskForm(String complaintId, Map<String, Object> fields) {
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return as("admin").body(Map.of("variables", variables))
                .post("/engine-rest/task/" + openTaskOf(complaintId) + "/submit-form").then().log().ifValidationFails();
    }

    /** The id of the case's one open task, as engine REST lists it. */
    public String openTaskOf(String complaintId) {
        List<String> open = as("admin").queryParam("processInstanceBusinessKey", complaintId).get("/engine-rest/task")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
        if (open.size() != 1) {
            throw new AssertionError("Case " + complaintId + " has " + open.size() + " open tasks, not one");
        }
        return open.get(0);
    }
}
