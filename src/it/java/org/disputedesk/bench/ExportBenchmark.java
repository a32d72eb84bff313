package org.disputedesk.bench;

import static org.disputedesk.bench.Bench.check;
import static org.disputedesk.bench.Bench.log;
import static org.disputedesk.bench.Bench.secs;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The export's figure: 100,000 closed cases of one park (a Chinese description each, a ruling) exported as CSV
 * by one {@code GET /api/exports/complaints} over HTTP, from the packaged jar started with a small heap
 * ({@code -Xmx256m}, {@code bench.exportJvmArgs}) on H2 in file mode under {@code bench.dir/export}.
 * export_100k_s runs from the request until the last byte arrived; export_peak_heap_mb is the most
 * heap the jar had in use before any of its collections during the export (its GC log). The jar
 * starts once to create the schema and the demo data, stops while the cases are written, and starts
 * again for the export. Prints figures, never asserts speed; fails when the file
 * is not the park's cases.
 */
class ExportBenchmark {

    private static final int CASES = Bench.prop("bench.exportCases", 100_000);
    private static final Path DIR = Bench.DIR.resolve("export");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    final Figures figures = new Figures(DIR);

    @Test
    void aHundredThousandCasesExportedAsCsvFromTheJarWithASmallHeap() throws Exception {
        figures.putMachine();
        Bench.deleteTree(DIR);
        Path db = DIR.resolve("db");
        Files.createDirectories(db);
        String url = Bench.h2Url(db);
        List<String> args = List.of("--spring.datasource.url=" + url);
        try (JarProcess schema = new JarProcess(DIR.resolve("jar-schema.log"), JarProcess.appJar(), List.of(), args)) {
            schema.start();
        }
        long expected = seed(url);

        Path gcLog = DIR.resolve("gc.log");
        String heap = System.getProperty("bench.exportJvmArgs", "-Xmx256m");
        List<String> jvm = new ArrayList<>(JarProcess.split(heap));
        jvm.add("-Xlog:gc:file=" + gcLog);
        figures.put("export_jvm_args", heap);
        try (JarProcess jar = new JarProcess(DIR.resolve("jar-run.log"), JarProcess.appJar(), jvm, args)) {
            jar.start();
            // untimed: the administrator's one bcrypt check, and the export's code paths once
            download(jar.baseUrl() + "/api/exports/complaints?parkId=humen&to=2000-01-01");
            long gcBefore = Files.size(gcLog);
            long t0 = System.nanoTime();
            Download file = download(jar.baseUrl() + "/api/exports/complaints?parkId=humen&format=csv");
            double seconds = secs(t0);
            check(file.rows() == expected, "the file has %d rows, the park %d cases", file.rows(), expected);
            double[] gc = heapAtCollections(gcLog, gcBefore);
            figures.figure("export_100k_s", seconds, null);
            figures.put("export_100k_rows", file.rows());
            figures.put("export_100k_bytes", file.bytes());
            figures.put("export_100k_rows_per_s", file.rows() / seconds);
            figures.figure("export_peak_heap_mb", gc[0], null);
            figures.put("export_heap_after_gc_max_mb", gc[1]);
            figures.put("export_collections", gc[2]);
            figures.put("export_rss_mb", jar.rssMb());
            log("exported %d cases (%.1f MB) in %.2f s; heap in use before a collection at most %.0f MB, after one "
                    + "at most %.0f MB (%d collections), %s", file.rows(), file.bytes() / 1_048_576.0, seconds, gc[0],
                    gc[1], (long) gc[2], heap);
        } finally {
            figures.report();
        }
    }

    /**
     * The closed cases, all of park humen and a year of filings, each with a Chinese description with a
     * comma and quotes; written by H2 itself, ten thousand to a statement, on one connection that stays
     * open so that the database is opened and closed once (H2 compacts its file at each close).
     * Answers the park's cases.
     */
    private static long seed(String url) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url + ";MAX_COMPACT_TIME=0", "sa", "");
             var s = c.createStatement()) {
            for (int from = 0; from < CASES; from += 10_000) {
                s.executeUpdate("""
                        insert into complaints (id, buyer, shop_id, park_id, order_ref, category, description,
                          order_amount, claimed_amount, desired_remedy, livestream_room, stage, outcome, agreed_remedy,
                          agreed_amount, ruling_decision, ruling_remedy, ruling_amount, created_at, updated_at,
                          closed_at)
                        select cast(random_uuid() as varchar), 'buyer1', 'shop-hm-001', 'humen', 'TB-EXPORT-' || x,
                          case when mod(x, 3) = 0 then 'NONSTANDARD_LABEL' else 'QUALITY_DEFECT' end,
                          '吊牌标注"100%%桑蚕丝"，实为涤纶, 洗后缩水起球。订单 ' || x, 399.00, 199.50, 'REFUND',
                          case when mod(x, 4) = 0 then 'hm-live-42' end, 'CLOSED', 'RESOLVED', 'REFUND', 199.50,
                          'RULE_FOR_BUYER', 'REFUND', 199.50,
                          dateadd(SECOND, -x * 300, current_timestamp), current_timestamp,
                          dateadd(SECOND, -x * 300 + 86400, current_timestamp)
                        from system_range(%d, %d)""".formatted(from + 1, Math.min(CASES, from + 10_000)));
            }
            try (var rs = s.executeQuery("select count(*) from complaints where park_id = 'humen'")) {
                rs.next();
                log("seeded %d cases in %.1f s", CASES, secs(t0));
                return rs.getLong(1);
            }
        }
    }

    private record Download(long bytes, long rows) {
    }

    /** The file as admin, read as it arrives: its bytes and its rows (the seed's descriptions are one line each). */
    private static Download download(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestProperty("Authorization", Load.Http.basic("admin", "demo"));
        c.setReadTimeout(600_000);
        check(c.getResponseCode() == 200, "export answered %d", c.getResponseCode());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = c.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; bytes += n) {
                if (bytes == 0) {
                    check(n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB, "no byte order mark");
                }
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return new Download(bytes, lines - 1);
    }

    /** From the GC log past {@code offset}: the most heap in use before a collection and after one, in MB, and how many. */
    private static double[] heapAtCollections(Path gcLog, long offset) throws IOException {
        String log = Files.readString(gcLog).substring((int) offset);
        double before = 0;
        double after = 0;
        int collections = 0;
        for (Matcher m = GC.matcher(log); m.find(); collections++) {
            before = Math.max(before, Double.parseDouble(m.group(1)));
            after = Math.max(after, Double.parseDouble(m.group(2)));
        }
        return new double[] {before, after, collections};
    }
}
