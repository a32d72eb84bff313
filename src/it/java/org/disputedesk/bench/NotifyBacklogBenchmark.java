package org.disputedesk.bench;

import static org.disputedesk.bench.Bench.check;
import static org.disputedesk.bench.Bench.log;
import static org.disputedesk.bench.Bench.secs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.disputedesk.webhook.Receiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhooks' figure: a backlog of 10,000 messages, queued at once (as after a receiver came back
 * from an outage, or a burst of steps), for one webhook whose receiver runs on this machine and
 * answers 204 at once. notify_backlog_drain_s is the time from the commit that queued them until
 * the last one arrived, at the default poll interval and number of senders. On the database the
 * application runs on (H2 in file mode under {@code bench.dir/notify-backlog}, or PostgreSQL).
 * Prints figures, never asserts speed; fails when a message is missing or not recorded as delivered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=", "disputes.webhooks.allow-private-targets=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotifyBacklogBenchmark {

    private static final int MESSAGES = 10_000;
    private static final int WARM_UP = 500;
    private static final Path DIR = Bench.DIR.resolve("notify-backlog");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Bench.database(registry, DIR.resolve("db"));
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @LocalServerPort int port;

    final Figures figures = new Figures(DIR);

    @Test
    void tenThousandQueuedMessagesDrainToALocalReceiver() {
        figures.putMachine();
        try (Receiver receiver = Receiver.accepting()) {
            Load.Http http = new Load.Http("http://127.0.0.1:" + port);
            String created = http.post("admin", "/api/webhooks", "{\"url\": \"" + receiver.url()
                    + "\", \"events\": [\"complaint.filed\"], \"parkId\": \"humen\"}", 201);
            String webhook = created.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

            // untimed: the sender's, the receiver's and the database's code paths once
            queue(webhook, "warm", WARM_UP);
            awaitArrivals(receiver, WARM_UP);

            long t0 = System.nanoTime();
            queue(webhook, "bench", MESSAGES);
            double queueS = secs(t0);
            t0 = System.nanoTime();
            awaitArrivals(receiver, WARM_UP + MESSAGES);
            double drainS = secs(t0);

            long ids = receiver.received().stream().map(Receiver.Received::id).distinct().count();
            check(ids == WARM_UP + MESSAGES, "%d distinct messages arrived, %d sends", ids, receiver.received().size());
            awaitRecorded(webhook, WARM_UP + MESSAGES);
            // an attempt without an answer (a connection the receiver had closed) is retried 5 s later
            long retried = jdbc.queryForObject("select count(*) from webhook_deliveries where subscription_id = ? "
                    + "and message_id like 'msg_bench%' and attempts > 1", Long.class, webhook);
            figures.figure("notify_backlog_drain_s", drainS, null);
            figures.put("notify_backlog_n", MESSAGES);
            figures.put("notify_backlog_per_s", MESSAGES / drainS);
            figures.put("notify_backlog_queue_s", queueS);
            figures.put("notify_backlog_retried_n", retried);
            log("queued %d messages in %.2f s; the last arrived %.2f s after their commit (%.0f a second); "
                    + "%d needed a retry", MESSAGES, queueS, drainS, MESSAGES / drainS, retried);
        }
    }

    @AfterAll
    void report() {
        figures.report();
    }

    /** {@code n} messages due now, committed together, as the steps' transactions write them. */
    private void queue(String webhook, String prefix, int n) {
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String complaint = prefix + "-" + i;
            rows.add(new Object[] {webhook, "msg_" + prefix + i, complaint, "{\"type\":\"complaint.filed\","
                    + "\"timestamp\":\"" + now.toInstant() + "\",\"data\":{\"complaintId\":\"" + complaint
                    + "\",\"parkId\":\"humen\",\"shopId\":\"shop-hm-001\",\"stage\":\"SHOP_RESPONSE\"}}", now, now});
        }
        transaction.executeWithoutResult(status -> jdbc.batchUpdate("""
                insert into webhook_deliveries (subscription_id, message_id, event, complaint_id, payload, created_at,
                  attempts, schedule_start, next_attempt_at)
                values (?, ?, 'complaint.filed', ?, ?, ?, 0, 0, ?)""", rows));
    }

    private static void awaitArrivals(Receiver receiver, int n) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (receiver.received().size() < n) {
            check(System.nanoTime() < deadline, "only %d of %d messages arrived in 10 minutes",
                    receiver.received().size(), n);
            sleep();
        }
    }

    /** Waits until the database records every message as delivered: the last arrival's record follows it. */
    private void awaitRecorded(String webhook, int n) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long recorded;
        while ((recorded = jdbc.queryForObject("select count(*) from webhook_deliveries where subscription_id = ? "
                + "and delivered_at is not null", Long.class, webhook)) < n) {
            check(System.nanoTime() < deadline, "%d of %d messages recorded as delivered", recorded, n);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
