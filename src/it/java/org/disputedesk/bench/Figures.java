package org.disputedesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures: one flat JSON object (results.json) and a markdown table (results.md,
 * also printed). Written again after every phase, so a run that fails late keeps what it measured.
 */
final class Figures {

    /** A target of the issue: the figure must be at least ({@code min}) or at most the bound. */
    record Target(boolean min, double bound) {
        boolean met(double value) {
            return min ? value >= bound : value <= bound;
        }

        @Override
        public String toString() {
            return (min ? "≥ " : "≤ ") + fmt(bound);
        }
    }

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<String> headline = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Path dir;

    Figures(Path dir) {
        this.dir = dir;
    }

    synchronized void put(String key, Object value) {
        values.put(key, value instanceof Double d ? round(d) : value);
    }

    synchronized Object get(String key) {
        return values.get(key);
    }

    /** A headline figure (a row of the markdown table), with its issue target if it has one. */
    synchronized void figure(String key, double value, Target target) {
        put(key, value);
        if (!headline.contains(key)) {
            headline.add(key);
        }
        if (target != null) {
            targets.put(key, target);
        }
    }

    /** A throughput figure: N operations in {@code seconds}, with per-operation latency quantiles. */
    synchronized void throughput(String key, Load.Run run, Latencies latencies, Target target) {
        String base = key.endsWith("_per_s") ? key.substring(0, key.length() - "_per_s".length()) : key;
        figure(key, run.perSecond(), target);
        put(base + "_n", run.n());
        put(base + "_duration_s", run.seconds());
        cpu(base, run);
        put(base + "_worker_cpu_ms_per_op", run.workerCpuMsPerOp());
        if (latencies != null) {
            put(base + "_min_ms", latencies.quantile(0));
            put(base + "_p50_ms", latencies.quantile(0.5));
            put(base + "_p99_ms", latencies.quantile(0.99));
            put(base + "_max_ms", latencies.quantile(1));
        }
    }

    /** A run's CPU per operation, split by who spent it, and on PostgreSQL the WAL it wrote. */
    synchronized void cpu(String base, Load.Run run) {
        put(base + "_cpu_ms_per_op", run.cpuMsPerOp());
        put(base + "_jit_cpu_ms_per_op", run.compilerCpuMsPerOp());
        put(base + "_gc_cpu_ms_per_op", run.gcCpuMsPerOp());
        // Only a run on PostgreSQL counts WAL, and only then is the local server's CPU this run's.
        if (run.walBytes() > 0) {
            put(base + "_postgres_cpu_ms_per_op", run.postgresCpuMsPerOp());
            put(base + "_wal_kb_per_op", run.walKbPerOp());
        }
    }

    /** What the figures were measured on, and when: the database, the cores and CPU, the JDK. */
    synchronized void putMachine() {
        put("db", Bench.DB);
        put("cores", Runtime.getRuntime().availableProcessors());
        put("cpu", ProcCpu.model());
        put("java_version", System.getProperty("java.version"));
        put("timestamp", Instant.now().toString());
    }

    /** Writes the files, and prints the table and where the files are: a benchmark's last word. */
    void report() {
        write();
        System.out.println();
        System.out.println(markdown());
        System.out.println("[bench] wrote " + dir.resolve("results.json") + " and " + dir.resolve("results.md"));
    }

    synchronized void note(String text) {
        notes.add(text);
        System.out.println("[bench] note: " + text);
    }

    synchronized void write() {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.json"), json());
            Files.writeString(dir.resolve("results.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Dispute Desk benchmark\n\n");
        md.append("db=").append(values.get("db")).append(", cores=").append(values.get("cores"))
                .append(" (").append(values.get("cpu")).append(")")
                .append(", java=").append(values.get("java_version"));
        if (values.containsKey("seed_closed_n")) {
            md.append(", closed=").append(values.get("seed_closed_n")).append(", open=").append(values.get("seed_open_n"));
        }
        md.append(", at ").append(values.get("timestamp")).append("\n\n");
        md.append("| figure | value | target | met | N | duration s | min / p50 / max (ms) |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (String key : headline) {
            String base = key.replaceAll("_(per_s|s|ms|mb)$", "");
            Target t = targets.get(key);
            double v = ((Number) values.get(key)).doubleValue();
            md.append("| ").append(key).append(" | ").append(fmt(v)).append(" | ")
                    .append(t == null ? "" : t.toString()).append(" | ")
                    .append(t == null ? "" : t.met(v) ? "✔" : "✘").append(" | ")
                    .append(orEmpty(values.get(base + "_n"))).append(" | ")
                    .append(orEmpty(values.get(base + "_duration_s"))).append(" | ")
                    .append(values.containsKey(base + "_p50_ms") ? orEmpty(values.get(base + "_min_ms")) + " / "
                            + orEmpty(values.get(base + "_p50_ms")) + " / " + orEmpty(values.get(base + "_max_ms"))
                            : "")
                    .append(" |\n");
        }
        md.append("\n## All keys\n\n| key | value |\n|---|---|\n");
        values.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    synchronized String json() {
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            json.append("  ").append(quote(e.getKey())).append(": ").append(jsonValue(e.getValue()));
            json.append(++i < values.size() || !notes.isEmpty() ? ",\n" : "\n");
        }
        if (!notes.isEmpty()) {
            json.append("  \"notes\": \"").append(escape(String.join(" | ", notes))).append("\"\n");
        }
        return json.append("}\n").toString();
    }

    private static String jsonValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String orEmpty(Object o) {
        return o == null ? "" : o.toString();
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, d == Math.rint(d) && Math.abs(d) < 1e9 ? "%.0f" : "%.2f", d);
    }

    /** Latencies of one measured series in nanoseconds; quantiles in milliseconds. */
    static final class Latencies {
        private long[] nanos = new long[1024];
        private int size;

        synchronized void add(long n) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = n;
        }

        synchronized int size() {
            return size;
        }

        synchronized double quantile(double q) {
            if (size == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            int index = (int) Math.ceil(q * size) - 1;
            return round(sorted[Math.max(0, Math.min(size - 1, index))] / 1e6);
        }
    }
}
