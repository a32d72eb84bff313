package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
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

    /** An expression that leaves a trace if the engine ever evaluates it. */
    private static final String INJECTED = "${identityService.saveGroup(identityService.newGroup('injected'))}";
    /** The same in a JSON string, its {@code $} written as an escape. */
    private static final String ESCAPED = "\\u0024{identityService.saveGroup(identityService.newGroup('injected'))}";
    /** What Cockpit's, Tasklist's and Admin's menu call to sign out. */
    private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    @Autowired
    Api api;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;

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

    /** Every way into a task query through engine REST and the webapps' engine API, by parameter. */
    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/engine/default/task",
            "/engine-rest/engine/default/task/count", "/engine-rest/%74ask", "/engine-rest/history/task",
            "/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/task/count"})
    void aTaskQueryParameterWithAnExpressionIsRefusedAndRunsNothing(String door) {
        for (String expression : List.of(INJECTED, INJECTED.replace('$', '#'), "$ {x}")) {
            api.plain("admin").urlEncodingEnabled(false)
                    .get(door + "?assigneeExpression=" + URLEncoder.encode(expression, StandardCharsets.UTF_8))
                    .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("title", equalTo("Expressions not allowed"));
        }
        assertNothingRan();
    }

    /** The same by body, the expression nested in an or-query and hidden behind JSON escapes. */
    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/engine/default/task",
            "/engine-rest/history/task", "/camunda/api/engine/engine/default/task"})
    void aTaskQueryBodyWithAnEscapedExpressionInAnOrQueryIsRefusedAndRunsNothing(String door) {
        api.as("admin").body(orQueryWith(ESCAPED)).post(door).then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.as("admin").body("{\"orQueries\":[{\"assignee\":\"a\",\"assignee\":\"b\"}]}").post(door)
                .then().statusCode(400).contentType(Api.PROBLEM_JSON);
        assertNothingRan();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/engine/default/task", "/engine-rest/history/task"})
    void aTaskQueryWithPlainOrQueriesStillAnswers(String door) {
        api.as("admin").body(Map.of("orQueries", List.of(Map.of("assignee", "mediator1")))).post(door)
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest", "/engine-rest/engine/default", "/camunda/api/engine/engine/default"})
    void noFilterWithAnExpressionIsStoredUpdatedOrExtendedAndNoneRuns(String engineApi) {
        long before = filterService.createFilterQuery().count();
        String filter = "{\"resourceType\":\"Task\",\"name\":\"crafted\",\"query\":" + orQueryWith(ESCAPED) + "}";
        api.as("admin").body(filter).post(engineApi + "/filter/create").then().statusCode(400);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);

        String id = filterService.saveFilter(filterService.newTaskFilter("harmless")).getId();
        try {
            api.as("admin").body(filter).put(engineApi + "/filter/" + id).then().statusCode(400);
            assertThat(filterService.getFilter(id).getName()).isEqualTo("harmless");
            api.as("admin").body(orQueryWith(ESCAPED)).post(engineApi + "/filter/" + id + "/list").then().statusCode(400);
            api.as("admin").body(orQueryWith(ESCAPED)).post(engineApi + "/filter/" + id + "/count").then().statusCode(400);
        } finally {
            filterService.deleteFilter(id);
        }
        assertNothingRan();
    }

    /** The engine's own wall, behind the guard: what reaches it by its Java API is refused too. */
    @Test
    void theEngineRefusesAnExpressionInAnOrQueryOrAStoredFilterWhateverDoorItCameThrough() {
        assertThatThrownBy(() -> taskService.createTaskQuery().taskAssignee("x").or().taskAssigneeExpression(INJECTED)
                .endOr().list()).isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> taskService.createTaskQuery().or().taskCandidateUserExpression(INJECTED).endOr().count())
                .isInstanceOf(BadUserRequestException.class);

        Filter crafted = filterService.newTaskFilter("crafted")
                .setQuery(taskService.createTaskQuery().or().taskAssigneeExpression(INJECTED).endOr());
        long before = filterService.createFilterQuery().count();
        assertThatThrownBy(() -> filterService.saveFilter(crafted)).isInstanceOf(BadUserRequestException.class);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
        assertNothingRan();
    }

    private static String orQueryWith(String expression) {
        return "{\"orQueries\":[{\"assigneeExpression\":\"" + expression + "\"}]}";
    }

    /** The injected expression would have created this group. */
    private void assertNothingRan() {
        assertThat(identityService.createGroupQuery().groupId("injected").count()).isZero();
    }
}
