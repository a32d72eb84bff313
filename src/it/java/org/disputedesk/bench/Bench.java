package org.disputedesk.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The benchmark's knobs, read from system properties, and what every part of it uses: its log
 * lines, its functional checks and elapsed seconds.
 *
 * <p>Knobs: bench.db (h2|postgres), bench.dir, pg.url/pg.user/pg.password, bench.scale=small (a
 * quick smoke run), bench.closed, bench.open, bench.timers, bench.n (engine starts and REST
 * filings), bench.rounds, bench.lifecycles, bench.warmup, bench.filingWarmup, bench.engineThreads,
 * bench.httpThreads, bench.seedThreads, bench.openBatch, bench.inboxSamples, bench.jarJvmArgs.
 */
final class Bench {

    static final boolean SMALL = "small".equals(System.getProperty("bench.scale"));
    static final String DB = System.getProperty("bench.db", "h2");
    static final boolean POSTGRES = "postgres".equals(DB);
    static final Path DIR = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    static final Path H2_DIR = DIR.resolve("db");
    static final String H2_URL = h2Url(H2_DIR);

    static final int CLOSED = prop("bench.closed", SMALL ? 20_000 : 1_000_000);
    static final int OPEN = prop("bench.open", SMALL ? 3_000 : 100_000);
    static final int TIMERS = Math.min(prop("bench.timers", SMALL ? 1_000 : 10_000), OPEN);
    static final int N = prop("bench.n", SMALL ? 300 : 2_000);
    static final int LIFECYCLES = prop("bench.lifecycles", SMALL ? 150 : 600);
    /**
     * Lifecycles of each kind run before each lifecycle phase. Each step's own code (its endpoint,
     * its request and answer) runs once per lifecycle, and C2 compiles a method after some 5,000
     * calls: with 1,000 before each phase, the compiler still spent 3.2 ms of CPU per lifecycle
     * during the measured rounds with the seed, 9% of the machine's; with 2,500, the phase with
     * the seed follows 5,600 of each kind and the compiler spends 0.05–0.07 ms (docs/benchmarks.md).
     */
    static final int WARMUP = prop("bench.warmup", SMALL ? 50 : 2_500);
    /**
     * Starts and filings run before their rounds. Most of a start's or a filing's code runs once per
     * operation: after 1,000 the compiler still spent 2–3 ms of CPU per operation during the rounds,
     * and the rounds' ratios spread over 0.56–0.77 (docs/benchmarks.md).
     */
    static final int FILING_WARMUP = prop("bench.filingWarmup", SMALL ? 50 : 5_000);
    static final int ENGINE_THREADS = prop("bench.engineThreads", 4);
    static final int HTTP_THREADS = prop("bench.httpThreads", 8);
    /** Alternating rounds of engine starts and REST filings, and of lifecycles (see {@link Alternation}). */
    static final int ROUNDS = prop("bench.rounds", 4);
    static final int SEED_THREADS = prop("bench.seedThreads", 4);
    static final int OPEN_BATCH = prop("bench.openBatch", 50);
    static final int INBOX_SAMPLES = prop("bench.inboxSamples", SMALL ? 50 : 200);
    /** Buyers of the HTTP and lifecycle phases (credentials warmed once each); seeding uses all. */
    static final int HTTP_BUYERS = 64;
    static final int BUYERS = 1000;
    static final BigDecimal ORDER = new BigDecimal("3000.00");

    private Bench() {
    }

    /**
     * The benchmark's database: PostgreSQL at pg.url with the demo profile, or a new H2 file in
     * {@code h2Dir} (whatever an earlier run left there is removed first).
     */
    static void database(DynamicPropertyRegistry registry, Path h2Dir) throws IOException {
        if (POSTGRES) {
            registry.add("spring.profiles.active", () -> "demo,postgres");
            registry.add("spring.datasource.url", () -> System.getProperty("pg.url"));
            registry.add("spring.datasource.username", () -> System.getProperty("pg.user", "postgres"));
            registry.add("spring.datasource.password", () -> System.getProperty("pg.password", ""));
        } else {
            deleteTree(h2Dir);
            Files.createDirectories(h2Dir);
            registry.add("spring.datasource.url", () -> h2Url(h2Dir));
        }
    }

    static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("bench") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    }

    static int prop(String name, int dflt) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(dflt)).replace("_", ""));
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void check(boolean ok, String message, Object... args) {
        if (!ok) {
            throw new AssertionError(String.format(message, args));
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
