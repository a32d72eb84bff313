package org.disputedesk.api.fuzz;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.sessions.JqwikSession;

/**
 * What every fuzz class shares: one application on a random port, and for each test its own
 * seeded generators and its own {@link Fuzzer}, which files the cases the test fuzzes. A test
 * depends on no other, so they run in a random order.
 *
 * <p>Generators are jqwik {@code Arbitraries} sampled with one {@link FuzzRandom} per test, seeded
 * with {@link Fuzzer#SEED} and the test's name, inside plain JUnit tests: a test's run is the same
 * whichever tests run before it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestMethodOrder(MethodOrderer.Random.class)
abstract class ApiFuzzing {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    FuzzRandom random;
    Bodies bodies;
    Probes probes;
    Fuzzer fuzz;

    @BeforeEach
    void newFuzzer(TestInfo test) {
        JqwikSession.start(); // jqwik's generators outside its engine, driven by our own seeded Random
        String name = test.getTestClass().orElseThrow().getSimpleName() + "." + test.getTestMethod().orElseThrow()
                .getName();
        random = new FuzzRandom(Fuzzer.SEED + name.hashCode());
        fuzz = new Fuzzer(port, jdbc, json, random);
        bodies = fuzz.bodies();
        probes = new Probes(random);
    }

    @AfterEach
    void finishJqwik() {
        JqwikSession.finish();
    }
}
