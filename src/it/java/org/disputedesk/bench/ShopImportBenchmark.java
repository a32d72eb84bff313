package org.disputedesk.bench;

import static org.disputedesk.bench.Bench.check;
import static org.disputedesk.bench.Bench.log;
import static org.disputedesk.bench.Bench.secs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The onboarding issue's figure: 20,000 shops imported by one {@code POST /api/admin/shops/import}
 * over HTTP (shop_import_20k_s, target under a minute), then the same file with every name changed
 * (shop_reimport_20k_s: all 20,000 updated). On the database the application runs on (H2 in file
 * mode under {@code bench.dir/shop-import}, or PostgreSQL), with the demo data. Prints figures,
 * never asserts speed; fails when an import's result is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopImportBenchmark {

    private static final int ROWS = 20_000;
    private static final Path DIR = Bench.DIR.resolve("shop-import");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Bench.database(registry, DIR.resolve("db"));
    }

    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    final Figures figures = new Figures(DIR);

    @Test
    void twentyThousandShopsImportedAndReimported() {
        figures.putMachine();
        Load.Http http = new Load.Http("http://127.0.0.1:" + port);
        // untimed: the administrator's one bcrypt check, and the import's code paths once
        http.post("admin", "/api/admin/shops/import", "text/csv", file("warm", 200, "Warm-up shop"), 200);

        byte[] first = file("bench", ROWS, "Benchmark shop");
        long t0 = System.nanoTime();
        String created = http.post("admin", "/api/admin/shops/import", "text/csv", first, 200);
        double importS = secs(t0);
        check(created.contains("\"created\":" + ROWS), "import: %s", created);
        check(shops("Benchmark shop %") == ROWS, "import: %d shops stored", shops("Benchmark shop %"));

        byte[] renamed = file("bench", ROWS, "Renamed shop");
        t0 = System.nanoTime();
        String updated = http.post("admin", "/api/admin/shops/import", "text/csv", renamed, 200);
        double reimportS = secs(t0);
        check(updated.contains("\"updated\":" + ROWS), "re-import: %s", updated);
        check(shops("Renamed shop %") == ROWS, "re-import: %d shops renamed", shops("Renamed shop %"));

        figures.figure("shop_import_20k_s", importS, new Figures.Target(false, 60));
        figures.put("shop_import_20k_n", ROWS);
        figures.put("shop_import_20k_bytes", first.length);
        figures.figure("shop_reimport_20k_s", reimportS, new Figures.Target(false, 60));
        figures.put("shop_reimport_20k_n", ROWS);
        log("imported %d shops (%d bytes) in %.2f s, re-imported them in %.2f s", ROWS, first.length, importS,
                reimportS);
    }

    @AfterAll
    void report() {
        figures.report();
    }

    /** {@code rows} shops of both demo parks, about 80 bytes a row, Chinese in every name. */
    private static byte[] file(String prefix, int rows, String name) {
        StringBuilder csv = new StringBuilder("id,parkId,name,platform,platformShopId\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append("-shop-").append(i).append(',').append(i % 2 == 0 ? "humen" : "dalang")
                    .append(",\"").append(name).append(' ').append(i).append(", 虎门女装\",TAOBAO,tb-")
                    .append(100_000_000 + i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long shops(String namePattern) {
        return jdbc.sql("select count(*) from shops where name like ?").param(namePattern).query(Long.class).single();
    }
}
