package org.disputedesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives load: N operations spread over T threads (each thread takes the next index), timed as
 * a whole and per operation; and a small HTTP Basic client.
 */
final class Load {

    /** One operation; {@code thread} is the worker's number, {@code i} the operation's index. */
    interface Op {
        void run(int thread, int i) throws Exception;
    }

    /**
     * A timed run: its wall time, and the CPU time this whole process spent meanwhile (server,
     * engine, database and client alike), which stays put when another process shares the cores;
     * of that, the JIT compiler's and the garbage collector's shares; and on PostgreSQL the
     * server's CPU and the WAL it wrote, the disk's share of the work, which does not vary with
     * the machine's speed at all (0 where not measured).
     */
    record Run(int n, double seconds, double cpuSeconds, double workerCpuSeconds, ProcCpu.Sample procCpu,
               long walBytes) {
        /** No operations yet: what {@link #plus} starts from. */
        static final Run NONE = new Run(0, 0, 0, 0, new ProcCpu.Sample(0, 0, 0), 0);

        /** Two runs of the same operation taken as one. */
        Run plus(Run other) {
            return new Run(n + other.n, seconds + other.seconds, cpuSeconds + other.cpuSeconds,
                    workerCpuSeconds + other.workerCpuSeconds, procCpu.plus(other.procCpu),
                    walBytes + other.walBytes);
        }

        Run withWalBytes(long bytes) {
            return new Run(n, seconds, cpuSeconds, workerCpuSeconds, procCpu, bytes);
        }

        double perSecond() {
            return n / seconds;
        }

        double cpuMsPerOp() {
            return cpuSeconds * 1000 / n;
        }

        /** The load threads' own CPU: all of an in-process operation, none of the JIT's or the GC's. */
        double workerCpuMsPerOp() {
            return workerCpuSeconds * 1000 / n;
        }

        /** The JIT compiler threads' CPU: the part of {@link #cpuMsPerOp} a longer warm-up would shrink. */
        double compilerCpuMsPerOp() {
            return procCpu.compilerSeconds() * 1000 / n;
        }

        /** The garbage collector's threads' CPU, which the choice of collector and heap size moves. */
        double gcCpuMsPerOp() {
            return procCpu.gcSeconds() * 1000 / n;
        }

        double postgresCpuMsPerOp() {
            return procCpu.postgresSeconds() * 1000 / n;
        }

        double walKbPerOp() {
            return walBytes / 1024.0 / n;
        }
    }

    /** Wall time in seconds of running {@code n} operations on {@code threads} threads. */
    static double run(int n, int threads, Figures.Latencies latencies, Op op) {
        return timed(n, threads, latencies, op).seconds();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The CPU counters at the start of a measurement, for a phase that is not a set of operations
     * on load threads (the timers, run by the job executor).
     */
    record Meter(long processCpuNanos, ProcCpu.Sample proc) {
        static Meter start() {
            return new Meter(Load.processCpuNanos(), ProcCpu.now());
        }

        /** {@code n} operations in {@code seconds}, of which the load threads spent {@code workerCpuSeconds}. */
        Run stop(int n, double seconds, double workerCpuSeconds) {
            return new Run(n, seconds, (Load.processCpuNanos() - processCpuNanos) / 1e9, workerCpuSeconds,
                    ProcCpu.now().minus(proc), 0);
        }
    }

    static Run timed(int n, int threads, Figures.Latencies latencies, Op op) {
        Meter meter = Meter.start();
        AtomicInteger next = new AtomicInteger();
        AtomicLong workerCpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                long threadCpu0 = THREADS.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    op.run(thread, i);
                    if (latencies != null) {
                        latencies.add(System.nanoTime() - t0);
                    }
                }
                workerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - threadCpu0);
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            pool.shutdownNow();
            throw new IllegalStateException("A benchmark operation failed: " + e.getMessage(), e);
        }
        Run run = meter.stop(n, (System.nanoTime() - start) / 1e9, workerCpu.get() / 1e9);
        pool.shutdown();
        return run;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * A blocking HTTP Basic client for one base URL, on HttpURLConnection with keep-alive. The load
     * shares the process and the two cores with the server it measures; java.net.http's client,
     * with its selector and executor threads handing each exchange around, cost about 4 ms more of
     * the process's CPU per lifecycle (docs/benchmarks.md).
     */
    static final class Http {
        private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern STAGE = Pattern.compile("\"stage\"\\s*:\\s*\"([^\"]+)\"");
        private final String base;

        Http(String base) {
            this.base = base;
        }

        static String basic(String user, String password) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        String get(String user, String path) {
            return send(user, "GET", path, null, null, 200);
        }

        String post(String user, String path, String json, int expected) {
            return send(user, "POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), expected);
        }

        String post(String user, String path, String type, byte[] body, int expected) {
            return send(user, "POST", path, type, body, expected);
        }

        private String send(String user, String method, String path, String type, byte[] json, int expected) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
                c.setRequestMethod(method);
                c.setConnectTimeout(5_000);
                c.setReadTimeout(60_000);
                c.setRequestProperty("Authorization", basic(user, "demo"));
                c.setRequestProperty("Accept", "application/json");
                if (json != null) {
                    c.setDoOutput(true);
                    c.setRequestProperty("Content-Type", type);
                    c.setFixedLengthStreamingMode(json.length);
                    try (OutputStream out = c.getOutputStream()) {
                        out.write(json);
                    }
                }
                int status = c.getResponseCode();
                // Reading the body to its end hands the connection back for the next request.
                String body;
                try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                    body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (status != expected) {
                    throw new IllegalStateException(method + " " + path + " as " + user + " answered " + status
                            + ": " + body);
                }
                return body;
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
            }
        }

        static String id(String body) {
            Matcher m = ID.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no id in " + body);
            }
            return m.group(1);
        }

        static String stage(String body) {
            Matcher m = STAGE.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no stage in " + body);
            }
            return m.group(1);
        }
    }
}
