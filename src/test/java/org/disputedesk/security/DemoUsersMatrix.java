package org.disputedesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What the authorization matrices share: the demo users and their roles as the contract lists
 * them, the parks each administers, and requests in their name whose errors must be problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DemoUsersMatrix {

    static final String PASSWORD = "demo";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The demo users and their roles, as the contract lists them. */
    static final Map<String, String> ROLE = linked(
            "buyer1", "BUYER", "buyer2", "BUYER",
            "shop1", "SHOP", "shop2", "SHOP", "shop3", "SHOP",
            "mediator1", "MEDIATOR", "mediator2", "MEDIATOR", "mediator3", "MEDIATOR",
            "committee1", "COMMITTEE",
            "admin", "ADMIN",
            "parkadmin1", "PARK_ADMIN", "parkadmin2", "PARK_ADMIN",
            "streamer1", "STREAMER");
    static final List<String> USERS = List.copyOf(ROLE.keySet());

    /** The park each demo user administers: an administrator every park, a park administrator their own. */
    static final Map<String, Set<String>> ADMINISTERS = Map.of(
            "admin", Set.of("humen", "dalang"), "parkadmin1", Set.of("humen"), "parkadmin2", Set.of("dalang"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** The answer's status; an error must be problem+json. */
    static int status(Response response) {
        problemIfError(response);
        return response.statusCode();
    }

    static void problemIfError(Response response) {
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        }
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    RequestSpecification as(String user) {
        return given().port(port).auth().preemptive().basic(user, PASSWORD)
                .contentType(ContentType.JSON).accept("application/json, application/problem+json");
    }

    RequestSpecification plain(String user) {
        return given().port(port).auth().preemptive().basic(user, PASSWORD);
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> linked(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
