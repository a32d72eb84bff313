package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda's own doors: engine REST and the webapps are for admins only, and no task or filter
 * query may carry an expression (CVE-2026-109432: JUEL injection through task queries' orQueries).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class EngineDoorsApiTests {

    private static final String EXPRESSION = "${execution.getProcessEngineServices().getIdentityService()}";
    /** What Cockpit's, Tasklist's and Admin's menu call to sign out. */
    private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    @Autowired
    Api api;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @ParameterizedTest
    @ValueSource(strings = {"buyer1", "shop1", "mediator1", "committee1"})
    void onlyAdminsReachEngineRestAndTheWebapps(String user) {
        api.plain(user).get("/engine-rest/task").then().statusCode(403).contentType(Api.PROBLEM_JSON);
        api.plain(user).get("/camunda/app/cockpit/default/").then().statusCode(403);
        api.plain(user).get("/camunda/api/engine/engine/default/task").then().statusCode(403);
    }

    @Test
    void strangersAreAskedToSignInAndAdminsGetIn() {
        api.anonymous().get("/engine-rest/task").then().statusCode(401).contentType(Api.PROBLEM_JSON);
        api.plain("admin").get("/engine-rest/task?assignee=mediator1").then().statusCode(200);
        api.plain("admin").get("/camunda/app/tasklist/default/").then().statusCode(200);
    }

    /**
     * The webapps' own CSRF filter ends the whole session on a write without its token, so another
     * site's post to any webapp call, its sign-out included, would have signed the admin out of
     * the portal too. It is refused before the webapps see it.
     */
    @Test
    void anotherSiteCannotSignTheAdminOutOfTheWebappsOrThePortal() {
        String session = api.signIn("admin");
        api.inSession(session).accept("text/html").get("/camunda/app/cockpit/default/").then().statusCode(200);

        for (String path : List.of(WEBAPP_LOGOUT, "/camunda/api/engine/engine/default/task")) {
            api.inSession(session).header("Origin", "https://complaints-helper.example").post(path)
                    .then().statusCode(403).contentType(Api.PROBLEM_JSON);
            api.inSession(session).header("Sec-Fetch-Site", "cross-site").post(path)
                    .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        }

        api.inSession(session).get("/camunda/api/admin/auth/user/default").then().statusCode(200)
                .body("userId", equalTo("admin"));
        api.inSession(session).get("/api/complaints").then().statusCode(200);
    }

    /** One sign-in, one sign-out: the webapps' menu signs the admin out of the portal as well. */
    @Test
    void signingOutOfTheWebappsEndsThePortalSession() {
        String session = api.signIn("admin");
        api.inSession(session).accept("text/html").get("/camunda/app/cockpit/default/").then().statusCode(200);

        api.inSession(session).header("Origin", "http://localhost:" + api.port()).post(WEBAPP_LOGOUT)
                .then().statusCode(200);

        api.inSession(session).get("/camunda/api/admin/auth/user/default").then().statusCode(401);
        api.inSession(session).get("/api/complaints").then().statusCode(401);
    }

    @Test
    void theEngineEvaluatesNoExpressionsInAdHocOrStoredQueries() {
        assertThat(engine.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(engine.isEnableExpressionsInStoredQueries()).isFalse();
    }

    @Test
    void aTaskQueryWithAnExpressionInAParameterIsRefused() {
        api.plain("admin").queryParam("assigneeExpression", EXPRESSION).get("/engine-rest/task")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("title", equalTo("Expressions not allowed"));
        api.plain("admin").get("/engine-rest/task/count?candidateUserExpression=%23%7BcurrentUser()%7D")
                .then().statusCode(400);
        api.plain("admin").queryParam("assigneeExpression", EXPRESSION)
                .get("/camunda/api/engine/engine/default/task").then().statusCode(400);
    }

    @Test
    void aCraftedOrQueryInATaskQueryBodyIsRefused() {
        Map<String, Object> crafted = Map.of("orQueries", List.of(Map.of("assigneeExpression", EXPRESSION)));
        api.as("admin").body(crafted).post("/engine-rest/task")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.as("admin").body(crafted).post("/engine-rest/history/task")
                .then().statusCode(400);
        api.as("admin").body(Map.of("orQueries", List.of(Map.of("assignee", "mediator1"))))
                .post("/engine-rest/task").then().statusCode(200);
    }

    @Test
    void aStoredFilterWithAnExpressionIsRefusedAndNothingIsStored() {
        Map<String, Object> filter = Map.of("resourceType", "Task", "name", "crafted",
                "query", Map.of("orQueries", List.of(Map.of("candidateUserExpression", EXPRESSION))));
        int before = api.plain("admin").get("/engine-rest/filter/count").then().extract().path("count");

        api.as("admin").body(filter).post("/engine-rest/filter/create").then().statusCode(400);

        api.plain("admin").get("/engine-rest/filter/count").then().body("count", equalTo(before));
    }
}
