package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A filing that waits on its buyer's row past H2's lock timeout is told to try again (503 with
 * Retry-After, problem+json), never given a 500, and leaves nothing behind. Its own context: the
 * lock timeout is short here so that the test need not wait ten seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:busy-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=300")
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class BusyDatabaseApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aFilingThatWaitsTooLongOnItsBuyerIsToldToTryAgainAndWritesNothing() throws Exception {
        long before = complaints();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        Thread holder = new Thread(() -> tx.executeWithoutResult(status -> {
            jdbc.sql("select username from users where username = 'buyer1' for update").query(String.class).list();
            locked.countDown();
            await(answered);
        }));
        holder.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            api.as("buyer1").body(SampleInputs.complaint("shop-hm-001", "BUSY-1")).post("/api/complaints").then()
                    .statusCode(503).contentType(Api.PROBLEM_JSON).header("Retry-After", "1")
                    .body("detail", equalTo("The case is being changed by another request; nothing was changed, "
                            + "try again."));
        } finally {
            answered.countDown();
            holder.join();
        }

        assertThat(complaints()).isEqualTo(before);
        api.as("buyer1").body(SampleInputs.complaint("shop-hm-001", "BUSY-1")).post("/api/complaints").then()
                .statusCode(201);
    }

    private long complaints() {
        return jdbc.sql("select count(*) from complaints").query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
