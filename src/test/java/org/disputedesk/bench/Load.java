package org.disputedesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * a whole and per operation; and a small HTTP Basic client on java.net.http.
 */
final class Load {

    /** One operation; {@code thread} is the worker's number, {@code i} the operation's index. */
    interface Op {
        void run(int thread, int i) throws Exception;
    }

    /**
     * A timed run: its wall time, and the CPU time this whole process spent meanwhile (server,
     * engine, database and client alike), which stays put when another process shares the cores.
     */
    record Run(int n, double seconds, double cpuSeconds, double workerCpuSeconds) {
        /** No operations yet: what {@link #plus} starts from. */
        static final Run NONE = new Run(0, 0, 0, 0);

        /** Two runs of the same operation taken as one. */
        Run plus(Run other) {
            return new Run(n + other.n, seconds + other.seconds, cpuSeconds + other.cpuSeconds,
                    workerCpuSeconds + other.workerCpuSeconds);
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
    }

    /** Wall time in seconds of running {@code n} operations on {@code threads} threads. */
    static double run(int n, int threads, Figures.Latencies latencies, Op op) {
        return timed(n, threads, latencies, op).seconds();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Run timed(int n, int threads, Figures.Latencies latencies, Op op) {
        long cpu0 = processCpuNanos();
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
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        pool.shutdown();
        return new Run(n, seconds, cpuSeconds, workerCpu.get() / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** An HTTP client for one base URL. */
    static final class Http {
        private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern STAGE = Pattern.compile("\"stage\"\\s*:\\s*\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        Http(String base) {
            this.base = base;
        }

        static String basic(String user, String password) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        String get(String user, String path) {
            return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
        }

        String post(String user, String path, String json, int expected) {
            return send(user, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)), expected);
        }

        private String send(String user, HttpRequest.Builder request, int expected) {
            try {
                HttpResponse<String> response = client.send(request
                        .header("Authorization", basic(user, "demo"))
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != expected) {
                    throw new IllegalStateException(request.build().method() + " " + request.build().uri()
                            + " as " + user + " answered " + response.statusCode() + ": " + response.body());
                }
                return response.body();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
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
