package org.disputedesk.bench;

import static org.disputedesk.bench.Bench.BUYERS;
import static org.disputedesk.bench.Bench.CLOSED;
import static org.disputedesk.bench.Bench.DIR;
import static org.disputedesk.bench.Bench.ENGINE_THREADS;
import static org.disputedesk.bench.Bench.FILING_WARMUP;
import static org.disputedesk.bench.Bench.H2_DIR;
import static org.disputedesk.bench.Bench.H2_URL;
import static org.disputedesk.bench.Bench.HTTP_BUYERS;
import static org.disputedesk.bench.Bench.HTTP_THREADS;
import static org.disputedesk.bench.Bench.INBOX_SAMPLES;
import static org.disputedesk.bench.Bench.LIFECYCLES;
import static org.disputedesk.bench.Bench.N;
import static org.disputedesk.bench.Bench.OPEN;
import static org.disputedesk.bench.Bench.ORDER;
import static org.disputedesk.bench.Bench.POSTGRES;
import static org.disputedesk.bench.Bench.SEED_THREADS;
import static org.disputedesk.bench.Bench.SMALL;
import static org.disputedesk.bench.Bench.TIMERS;
import static org.disputedesk.bench.Bench.WARMUP;
import static org.disputedesk.bench.Bench.check;
import static org.disputedesk.bench.Bench.log;
import static org.disputedesk.bench.Bench.secs;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.disputedesk.buyer.BuyerSteps;
import org.disputedesk.complaint.Category;
import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Filing;
import org.disputedesk.complaint.Rows;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.shop.ShopSteps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark, phases in a fixed order on one in-process application (random port, job
 * executor on) and one database: raw engine starts, REST filing, whole cases in-process and over
 * HTTP, the bulk seed (closed cases by JDBC, open ones through ComplaintFiling), 10,000 overdue
 * shop-response timers, whole cases again with the seed present, inbox latencies, and finally the
 * packaged jar's startup and RSS. Prints figures, never asserts speed; fails when a phase's
 * functional result is wrong.
 *
 * <p>Knobs: see {@link Bench}; the operations timed are a {@link Workload}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.wait-time-in-millis=1000",
        "camunda.bpm.job-execution.max-wait=5000",
        // The limit's check runs on every filing, but a synthetic buyer files every few seconds: a
        // one-second window keeps the rows it reads to what a real buyer's hour holds (at most 10).
        "disputes.filing.max-per-window=100000000",
        "disputes.filing.window=PT1S",
        "logging.structured.format.console=",
        "logging.level.org.camunda.bpm.engine.jobexecutor=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DisputeDeskBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Bench.database(registry, H2_DIR);
    }

    @Autowired ConfigurableApplicationContext context;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired RuntimeService runtime;
    @Autowired Complaints complaints;
    @Autowired ComplaintFiling filing;
    @Autowired ShopSteps shopSteps;
    @Autowired BuyerSteps buyerSteps;
    @Autowired DeskUsers users;
    @LocalServerPort int port;

    final Figures figures = new Figures(DIR);
    final long benchStart = System.nanoTime();
    Load.Http http;
    BulkSeeder seeder;
    BenchDatabase db;
    Workload workload;
    Alternation alternation;

    // ---- phases -----------------------------------------------------------------------------

    @Test
    @Order(0)
    void setup() throws Exception {
        http = new Load.Http("http://127.0.0.1:" + port);
        seeder = new BulkSeeder(dataSource);
        db = new BenchDatabase(dataSource, jdbc);
        workload = new Workload(runtime, filing, complaints, shopSteps, buyerSteps, users, tx, http);
        alternation = new Alternation(figures, db);
        figures.putMachine();
        figures.put("scale", SMALL ? "small" : "default");
        figures.put("seed_closed_n", CLOSED);
        figures.put("seed_open_n", OPEN);
        if (POSTGRES) {
            // the server's own settings move its CPU per operation: a run names those it ran with
            for (String setting : List.of("shared_buffers", "max_wal_size", "checkpoint_timeout", "autovacuum")) {
                figures.put("postgres_" + setting, jdbc.sql("show " + setting).query(String.class).single());
            }
        }
        seeder.usersAndShops(BUYERS);
        // Pay each HTTP user's one bcrypt check before any timing (the app caches verified credentials).
        List<String> logins = new ArrayList<>(List.of("shop1", "shop2", "shop3", "mediator1"));
        for (int i = 0; i < HTTP_BUYERS; i++) {
            logins.add(BulkSeeder.buyer(i));
        }
        Load.run(logins.size(), 2, null, (t, i) -> http.get(logins.get(i), "/api/tasks"));
        log("setup done: %d shops, %d buyers", BulkSeeder.SHOPS.size(), BUYERS);
        db.checkpointsSince("phase_setup", figures);
    }

    /**
     * engine_start_per_s: RuntimeService starts of complaint-resolution, rows inserted beforehand;
     * rest_filing_per_s: POST /api/complaints, HTTP_THREADS clients. Measured in ROUNDS alternating
     * rounds, so that whatever drifts during the phase (compilation, autovacuum, the machine's other
     * load) weighs on both figures of the ratio alike.
     */
    @Test
    @Order(1)
    void startsAndFilings() {
        int total = FILING_WARMUP + N;
        List<Complaint> rows = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            BulkSeeder.Shop shop = Workload.shop(i);
            rows.add(Complaint.file(new Filing(UUID.randomUUID().toString(), BulkSeeder.buyer(i % BUYERS),
                    shop.id(), shop.park(), "start-" + i, Category.QUALITY_DEFECT, "Benchmark engine start",
                    ORDER, new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null, null, Instant.now())));
        }
        for (int from = 0; from < total; from += 500) {
            List<Complaint> batch = rows.subList(from, Math.min(total, from + 500));
            tx.executeWithoutResult(s -> batch.forEach(c -> complaints.insert(c, null, null)));
        }
        // Only the table just filled: statistics taken of the engine's still empty tables would have
        // PostgreSQL scan them whole once they hold this phase's thousands of rows.
        db.gatherStatistics("complaints");
        Load.run(FILING_WARMUP, ENGINE_THREADS, null, (t, i) -> workload.startRaw(rows.get(i)));
        Load.run(FILING_WARMUP, HTTP_THREADS, null, (t, i) -> workload.fileOverHttp("restw-" + i, i));

        Figures.Latencies startLatencies = new Figures.Latencies();
        Figures.Latencies filingLatencies = new Figures.Latencies();
        String ratioKey = "rest_vs_engine_ratio";
        Alternation.Alternated runs = alternation.alternate(ratioKey, N,
                new Alternation.Series(ENGINE_THREADS, startLatencies,
                        from -> (t, i) -> workload.startRaw(rows.get(FILING_WARMUP + from + i))),
                new Alternation.Series(HTTP_THREADS, filingLatencies,
                        from -> (t, i) -> workload.fileOverHttp("rest-" + (from + i), from + i)));
        Load.Run starts = runs.engine();
        figures.throughput("engine_start_per_s", starts, startLatencies, null);
        figures.put("engine_start_threads", ENGINE_THREADS);
        figures.throughput("rest_filing_per_s", runs.http(), filingLatencies, null);
        figures.put("rest_filing_threads", HTTP_THREADS);
        figures.figure(ratioKey, runs.ratio(), new Figures.Target(true, 0.7));
        // Untimed: check every started case was routed to SHOP_RESPONSE, its process recorded on it.
        int started = FILING_WARMUP + starts.n();
        long routed = jdbc.sql("select count(*) from complaints where order_ref like 'start-%' "
                + "and stage = 'SHOP_RESPONSE' and priority is not null and process_instance_id is not null")
                .query(Long.class).single();
        check(routed == started, "engine starts: %d of %d cases routed and at SHOP_RESPONSE", routed, started);
        done("rest_vs_engine_ratio");
    }

    @Test
    @Order(3)
    void lifecyclesOnEmptyDatabase() {
        lifecycles("engine_lifecycle_empty_per_s", "lifecycle_empty_per_s", "0-", null, null);
        done("lifecycle_empty_per_s");
    }

    /** The million closed cases by JDBC, then the open ones through ComplaintFiling. */
    @Test
    @Order(4)
    void seed() {
        long t0 = System.nanoTime();
        seeder.closedCases(CLOSED, SEED_THREADS, BUYERS);
        double closedS = secs(t0);
        long closed = jdbc.sql("select count(*) from complaints where stage = 'CLOSED'").query(Long.class).single();
        check(closed >= CLOSED, "seed: %d closed cases, expected %d", closed, CLOSED);
        figures.put("seed_closed_duration_s", closedS);
        figures.put("seed_closed_per_s", CLOSED / closedS);
        log("seeded %d closed cases in %.1f s", CLOSED, closedS);
        if (!POSTGRES) {
            // the embedded database at a year's scale: how long the seed took, and the file it left
            if (CLOSED >= 1_000_000) {
                figures.put("h2_seed_1m_s", closedS);
            }
            figures.put("h2_file_mb", BenchDatabase.h2FileMb(H2_DIR));
        }

        long open = db.openCases();
        int toFile = (int) Math.max(0, OPEN - TIMERS - open);
        t0 = System.nanoTime();
        workload.fileInProcess(toFile, "open-", i -> i % 10 < 3 ? Remedy.REFUND : Remedy.RETURN_AND_REFUND);
        double openS = secs(t0);
        figures.put("seed_open_filed_n", toFile);
        figures.put("seed_open_duration_s", openS);
        figures.put("seed_open_per_s", toFile / Math.max(openS, 1e-9));
        log("filed %d open cases through ComplaintFiling in %.1f s", toFile, openS);
        t0 = System.nanoTime();
        db.gatherStatistics();
        figures.put("seed_analyze_duration_s", secs(t0));
        t0 = System.nanoTime();
        db.flushSeedToDisk();
        figures.put("seed_checkpoint_duration_s", secs(t0));
        done("seed_open_duration_s");
    }

    /** timer_escalation_s: TIMERS shop-response timers made due at once, fired by the job executor. */
    @Test
    @Order(5)
    void timerEscalation() throws Exception {
        long t0 = System.nanoTime();
        // 80 % large claims (silence goes to MEDIATION), 20 % small refunds (AUTO_REMEDY, then FULFILMENT).
        workload.fileInProcess(TIMERS, "timer-", i -> i % 5 == 0 ? Remedy.REFUND : Remedy.RETURN_AND_REFUND);
        figures.put("timer_seed_duration_s", secs(t0));
        List<String> processIds = jdbc.sql("select process_instance_id from complaints where order_ref like 'timer-%'")
                .query(String.class).list();
        check(processIds.size() == TIMERS, "timers: %d cases filed, expected %d", processIds.size(), TIMERS);
        Instant due = Instant.now();
        long dueNanos = System.nanoTime();
        int updated = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "update act_ru_job set duedate_ = ? where process_instance_id_ = ? and handler_type_ = 'timer-transition'")) {
                for (String pid : processIds) {
                    s.setTimestamp(1, Timestamp.from(due));
                    s.setString(2, pid);
                    s.addBatch();
                }
                for (int n : s.executeBatch()) {
                    updated += Math.max(n, 0);
                }
            }
            c.commit();
        }
        long committed = System.nanoTime();
        Load.Meter meter = Load.Meter.start();
        long wal0 = db.walPosition();
        double updateS = (committed - dueNanos) / 1e9;
        check(updated == TIMERS, "timers: %d jobs moved to the past, expected %d", updated, TIMERS);
        long waitUntil = committed + 30L * 60 * 1_000_000_000L;
        // Once a second, the timers still due: an index probe that reads only those. Counting the
        // cases at SHOP_RESPONSE reads every open case there (some 90,000 at full scale), CPU the job
        // executor needs, so it is asked only when no timer is due any more (a failed one is due
        // again later, and its case waits at SHOP_RESPONSE until it runs).
        do {
            Thread.sleep(1000);
        } while (System.nanoTime() < waitUntil && (db.dueTimers(due) > 0 || db.atShopResponse("timer-%") > 0));
        // until the check that found none left, a second at most after the last timer
        Load.Run executor = meter.stop(TIMERS, secs(committed), 0).withWalBytes(db.walPosition() - wal0);
        long left = db.atShopResponse("timer-%");
        check(left == 0, "timers: %d cases still at SHOP_RESPONSE after 30 minutes", left);
        // from the due date written into the jobs (the update's commit follows it by timer_due_update_s)
        // until the last case was moved: the stage change stamps updated_at in the timer's transaction
        Instant lastMoved = jdbc.sql("select max(updated_at) as last_moved from complaints where order_ref like 'timer-%'")
                .query((rs, n) -> Rows.instant(rs, "last_moved")).single();
        double sinceDue = Duration.between(due, lastMoved).toNanos() / 1e9;
        long moved = jdbc.sql("select count(*) from complaints where order_ref like 'timer-%' "
                + "and stage in ('MEDIATION', 'FULFILMENT')").query(Long.class).single();
        check(moved == TIMERS, "timers: %d of %d cases at MEDIATION or FULFILMENT", moved, TIMERS);
        figures.figure("timer_escalation_s", sinceDue, new Figures.Target(false, 60));
        figures.put("timer_escalation_n", TIMERS);
        figures.put("timer_escalation_duration_s", sinceDue);
        figures.put("timer_escalation_per_s", TIMERS / sinceDue);
        figures.put("timer_due_update_s", updateS);
        figures.cpu("timer_escalation", executor);
        done("timer_escalation_s");
    }

    @Test
    @Order(6)
    void lifecyclesWithSeed() {
        lifecycles("engine_lifecycle_per_s", "lifecycle_per_s", "1-", new Figures.Target(true, 60),
                new Figures.Target(true, 0.5));
        figures.put("lifecycle_target_note", "lifecycle_per_s is measured with the seed present");
        done("lifecycle_vs_engine_ratio");
    }

    /** inbox_p50_ms / inbox_p99_ms: the worst of the shop's and the mediator's inbox queries. */
    @Test
    @Order(7)
    void inbox() {
        figures.put("db_closed_cases", jdbc.sql("select count(*) from complaints where stage = 'CLOSED'")
                .query(Long.class).single());
        figures.put("db_open_cases", db.openCases());
        figures.put("db_mediation_cases", jdbc.sql("select count(*) from complaints where stage = 'MEDIATION'")
                .query(Long.class).single());
        Map<String, String[]> queries = new LinkedHashMap<>();
        queries.put("inbox_shop_tasks", new String[] {"shop1", "/api/tasks"});
        queries.put("inbox_shop_shop_response", new String[] {"shop1", "/api/complaints?stage=SHOP_RESPONSE"});
        queries.put("inbox_shop_fulfilment", new String[] {"shop1", "/api/complaints?stage=FULFILMENT"});
        queries.put("inbox_shop_closed", new String[] {"shop1", "/api/complaints?stage=CLOSED"});
        queries.put("inbox_mediator_tasks", new String[] {"mediator1", "/api/tasks"});
        queries.put("inbox_mediator_mediation", new String[] {"mediator1", "/api/complaints?stage=MEDIATION"});
        queries.put("inbox_mediator_closed", new String[] {"mediator1", "/api/complaints?stage=CLOSED"});
        double worst50 = 0;
        double worst99 = 0;
        for (Map.Entry<String, String[]> q : queries.entrySet()) {
            String user = q.getValue()[0];
            String path = q.getValue()[1];
            String body = http.get(user, path);
            check(body.startsWith("[") && body.length() > 2, "inbox: %s for %s returned nothing", path, user);
            for (int i = 0; i < Math.max(20, WARMUP / 10); i++) {
                http.get(user, path);
            }
            Figures.Latencies lat = new Figures.Latencies();
            double s = Load.run(INBOX_SAMPLES, 1, lat, (t, i) -> http.get(user, path));
            String k = q.getKey();
            figures.put(k + "_n", INBOX_SAMPLES);
            figures.put(k + "_duration_s", s);
            // a task names its case as complaintId, a complaint as id: count either
            figures.put(k + "_rows", body.split("\"(complaintId|id)\"", -1).length - 1);
            figures.put(k + "_min_ms", lat.quantile(0));
            figures.put(k + "_p50_ms", lat.quantile(0.5));
            figures.put(k + "_p99_ms", lat.quantile(0.99));
            figures.put(k + "_max_ms", lat.quantile(1));
            worst50 = Math.max(worst50, lat.quantile(0.5));
            worst99 = Math.max(worst99, lat.quantile(0.99));
            log("%s %s as %s: p50 %.1f ms, p99 %.1f ms", k, path, user, lat.quantile(0.5), lat.quantile(0.99));
        }
        figures.figure("inbox_p50_ms", worst50, null);
        figures.figure("inbox_p99_ms", worst99, new Figures.Target(false, 50));
        figures.put("inbox_n", INBOX_SAMPLES * queries.size());
        done("inbox_p99_ms");
    }

    /** startup_s and rss_mb: the packaged jar as its own process on the benchmark database. */
    @Test
    @Order(8)
    void packagedJar() throws Exception {
        figures.put("bench_in_process_duration_s", secs(benchStart));
        // Free the H2 file (and the CPU) for the separate process: stop the job executor and the
        // scheduled metric refresh, close the pool. The context itself stays open for the test
        // framework and is closed after the class.
        context.getBean(org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor.class).destroy();
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) context
                .getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor().shutdown();
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari) {
            hikari.close();
        }
        List<String> args = new ArrayList<>();
        if (POSTGRES) {
            args.add("--spring.profiles.active=demo,postgres");
            args.add("--spring.datasource.url=" + System.getProperty("pg.url"));
            args.add("--spring.datasource.username=" + System.getProperty("pg.user", "postgres"));
            args.add("--spring.datasource.password=" + System.getProperty("pg.password", ""));
        } else {
            args.add("--spring.datasource.url=" + H2_URL);
        }
        args.add("--disputes.filing.max-per-window=100000000");
        String jvm = System.getProperty("bench.jarJvmArgs", "-Xmx512m");
        figures.put("jar_jvm_args", jvm);
        List<String> jvmArgs = JarProcess.split(jvm);
        // Plain java -jar first, for comparison; then the run measured and loaded: extracted, with the
        // class data sharing archive of an untimed training run (docs/operations.md).
        try (JarProcess plain = new JarProcess(DIR.resolve("jar-run-plain.log"), JarProcess.appJar(), jvmArgs, args)) {
            figures.put("startup_plain_s", plain.start());
        }
        long training = System.nanoTime();
        CdsArchive cds = CdsArchive.train(JarProcess.appJar(), DIR.resolve("cds"), jvmArgs);
        figures.put("cds_training_s", secs(training));
        List<String> cdsJvmArgs = new ArrayList<>(jvmArgs);
        cdsJvmArgs.addAll(cds.jvmArgs());
        try (JarProcess jar = new JarProcess(DIR.resolve("jar-run.log"), cds.jar(), cdsJvmArgs, args)) {
            double startup = jar.start();
            figures.figure("startup_s", startup, new Figures.Target(false, 12));
            figures.put("startup_n", 1);
            figures.put("rss_after_start_mb", jar.rssMb());
            Load.Http remote = new Load.Http(jar.baseUrl());
            int filings = SMALL ? 100 : 300;
            double s = Load.run(filings, 4, null, (t, i) -> {
                String buyer = BulkSeeder.buyer(HTTP_BUYERS + (i % 16));
                remote.post(buyer, "/api/complaints", Workload.filingJson(Workload.shop(i).id(),
                        "rss-" + i + "-" + UUID.randomUUID(), Remedy.RETURN_AND_REFUND), 201);
                remote.get(i % 2 == 0 ? "shop1" : "mediator1", "/api/tasks");
                remote.get(i % 2 == 0 ? "shop1" : "mediator1", "/api/complaints?stage=CLOSED");
            });
            figures.figure("rss_mb", jar.rssMb(), new Figures.Target(false, 768));
            figures.put("rss_load_n", filings * 3);
            figures.put("rss_load_duration_s", s);
        }
        done("rss_mb");
    }

    @AfterAll
    void report() {
        figures.put("bench_total_duration_s", secs(benchStart));
        figures.report();
    }

    // ---- measuring -------------------------------------------------------------------------

    /**
     * The in-process and the HTTP lifecycles, each after its warm-up, measured in alternating
     * rounds like the starts and filings; their quotient is {@code <http figure>_vs_engine_ratio}.
     */
    private void lifecycles(String engineKey, String httpKey, String run, Figures.Target httpTarget,
                            Figures.Target ratioTarget) {
        Load.run(WARMUP, ENGINE_THREADS, null, (t, i) -> workload.engineLifecycle("e" + run + "w" + i, i));
        Load.run(WARMUP, HTTP_THREADS, null, (t, i) -> workload.httpLifecycle("h" + run + "w" + i, i));
        Figures.Latencies engineLatencies = new Figures.Latencies();
        Figures.Latencies httpLatencies = new Figures.Latencies();
        String ratioKey = httpKey.replace("_per_s", "") + "_vs_engine_ratio";
        Alternation.Alternated runs = alternation.alternate(ratioKey, LIFECYCLES,
                new Alternation.Series(ENGINE_THREADS, engineLatencies,
                        from -> (t, i) -> workload.engineLifecycle("e" + run + (from + i), from + i)),
                new Alternation.Series(HTTP_THREADS, httpLatencies,
                        from -> (t, i) -> workload.httpLifecycle("h" + run + (from + i), from + i)));
        figures.throughput(engineKey, runs.engine(), engineLatencies, null);
        figures.throughput(httpKey, runs.http(), httpLatencies, httpTarget);
        figures.figure(ratioKey, runs.ratio(), ratioTarget);
        log("%s: %.1f (%.1f ms of CPU each); %s: %.1f (%.1f ms)", engineKey, runs.engine().perSecond(),
                runs.engine().cpuMsPerOp(), httpKey, runs.http().perSecond(), runs.http().cpuMsPerOp());
    }

    private void done(String key) {
        String phase = "phase_" + key.replaceAll("_(per_s|s|ms|mb)$", "");
        figures.put(phase + "_done_at_s", secs(benchStart));
        db.checkpointsSince(phase, figures);
        figures.write();
        log("phase done: %s = %s (total %.0f s)", key, figures.get(key), secs(benchStart));
    }
}
