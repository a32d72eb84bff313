package org.disputedesk.cluster;

import org.disputedesk.SampleInputs;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputedesk.DisputeDeskApplication;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * One node of a Dispute Desk cluster, started in this JVM the way Camunda 7 clusters run: every
 * node is the same application on the same PostgreSQL database (the {@code spring.datasource.*}
 * system properties of the postgres Maven profile), with its own port, its own process engine and,
 * when asked, its own job executor. The engine's hostname names the node in ACT_HI_JOB_LOG.
 *
 * <p>The settings are passed as command-line arguments, not as {@code SpringApplicationBuilder.properties}:
 * those are default properties, the weakest source, and application.yaml ({@code server.port: 8080})
 * and application-test.yaml ({@code job-execution.enabled: false}) would override them.
 */
final class ClusterNode implements AutoCloseable {

    static final String PASSWORD = "demo";
    static final String PROBLEM_JSON = "application/problem+json";

    final String name;
    private final ConfigurableApplicationContext context;
    private final int port;

    private ClusterNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /**
     * Starts a node named {@code name} (its engine hostname); {@code settings} add or override
     * properties, e.g. {@code disputes.deadlines.shop-response=PT3S}. Start nodes one after the
     * other: each seeds the demo data if the park is missing, and two at once would race on it.
     */
    static ClusterNode start(String name, boolean jobExecutor, String... settings) {
        String url = System.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("Cluster tests need PostgreSQL: run them with -Ppostgres "
                    + "(spring.datasource.url is " + url + ")");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", System.getProperty("spring.datasource.username", "postgres"));
        properties.put("spring.datasource.password", System.getProperty("spring.datasource.password", ""));
        properties.put("camunda.bpm.database.type", "postgres");
        properties.put("camunda.bpm.generate-unique-process-engine-name", "true");
        properties.put("camunda.bpm.job-execution.enabled", Boolean.toString(jobExecutor));
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        properties.put("camunda.bpm.job-execution.max-wait", "2000");
        properties.put("camunda.bpm.generic-properties.properties.hostname", name);
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            properties.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DisputeDeskApplication.class)
                .profiles("demo", "test")
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        return new ClusterNode(name, context);
    }

    int port() {
        return port;
    }

    /** A request to this node by {@code user}, JSON in and out. */
    RequestSpecification as(String user) {
        return given().port(port).auth().preemptive().basic(user, PASSWORD)
                .contentType(ContentType.JSON).accept("application/json, application/problem+json");
    }

    /** The shared database, through this node's pool. */
    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Adds a buyer with the demo password, unless it exists. */
    void addBuyer(String username) {
        DeskUsers users = bean(DeskUsers.class);
        if (!users.exists(username)) {
            users.add(username, bean(PasswordEncoder.class).encode(PASSWORD), Role.BUYER, "Cluster test " + username,
                    null, List.of());
        }
    }

    /** Files a complaint about shop-hm-001 as {@code buyer} on this node and answers its id. */
    String file(String buyer, String orderRef) {
        return as(buyer).body(SampleInputs.complaint("shop-hm-001", orderRef)).post("/api/complaints")
                .then().statusCode(201).extract().path("id");
    }

    @Override
    public void close() {
        context.close();
    }

    static void closeAll(ClusterNode... nodes) {
        for (ClusterNode node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }
}
