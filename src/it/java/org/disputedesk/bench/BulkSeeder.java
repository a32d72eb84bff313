package org.disputedesk.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Sha256;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * The bulk path for closed cases: complaints rows (stage CLOSED, outcome, closed_at, created_at
 * spread over the past year) and their timeline chain (FILED, ROUTED, CLOSED, hashed as
 * Timeline hashes them), written with multi-row JDBC inserts on several threads. Their processes
 * are not written: a closed case has no runtime process state, only (unwritten) Camunda history.
 */
final class BulkSeeder {

    static final String BUYER_PREFIX = "bench-buyer-";
    static final String GENESIS = "0".repeat(64);

    /** Demo shops plus the extra shops this class inserts, with their parks. */
    record Shop(String id, String park) {
    }

    static final List<Shop> SHOPS = new ArrayList<>();

    static {
        SHOPS.add(new Shop("shop-hm-001", "humen"));
        SHOPS.add(new Shop("shop-hm-002", "humen"));
        SHOPS.add(new Shop("shop-dl-001", "dalang"));
        for (int i = 1; i <= 14; i++) {
            SHOPS.add(new Shop(String.format("bench-hm-%03d", i), "humen"));
        }
        for (int i = 1; i <= 6; i++) {
            SHOPS.add(new Shop(String.format("bench-dl-%03d", i), "dalang"));
        }
    }

    private static final int ROWS_PER_STATEMENT = 250;
    private static final int STATEMENTS_PER_COMMIT = 8;
    private static final String[] OUTCOMES = {"RESOLVED", "RESOLVED", "RESOLVED", "RESOLVED", "RESOLVED",
            "RESOLVED", "REJECTED", "REJECTED", "WITHDRAWN", "LAPSED", "UNFULFILLED"};

    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    private final DataSource dataSource;

    BulkSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static String buyer(int i) {
        return String.format("%s%04d", BUYER_PREFIX, i);
    }

    /** The extra shops and {@code buyers} buyers (password demo: buyer1's hash), unless present. */
    void usersAndShops(int buyers) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String hash;
            try (var s = c.prepareStatement("select password_hash from users where username = 'buyer1'");
                 var rs = s.executeQuery()) {
                rs.next();
                hash = rs.getString(1);
            }
            try (var exists = c.prepareStatement("select count(*) from shops where id = ?");
                 var insert = c.prepareStatement("insert into shops (id, park_id, name) values (?, ?, ?)")) {
                for (Shop shop : SHOPS) {
                    exists.setString(1, shop.id());
                    try (var rs = exists.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            continue;
                        }
                    }
                    insert.setString(1, shop.id());
                    insert.setString(2, shop.park());
                    insert.setString(3, "Benchmark shop " + shop.id());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var insert = c.prepareStatement("""
                    insert into users (username, password_hash, role, display_name, park_id)
                    select ?, ?, 'BUYER', ?, null where not exists (select 1 from users where username = ?)""")) {
                for (int i = 0; i < buyers; i++) {
                    insert.setString(1, buyer(i));
                    insert.setString(2, hash);
                    insert.setString(3, "Benchmark buyer " + i);
                    insert.setString(4, buyer(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * Inserts {@code n} closed cases with their timelines on {@code threads} threads, as a year of
     * filings made them: filed one after the other over the past year, each with the time-ordered
     * id (UUID version 7) of its filing time, so that the seed lands in the indexes as such a year
     * would, at the end of each.
     */
    void closedCases(int n, int threads, int buyers) {
        int perCommit = ROWS_PER_STATEMENT * STATEMENTS_PER_COMMIT;
        int chunks = (n + perCommit - 1) / perCommit;
        Instant now = Instant.now();
        Instant yearAgo = now.minus(Duration.ofDays(365));
        long step = Duration.ofDays(365).toMillis() / Math.max(n, 1);
        Load.run(chunks, threads, null, (thread, chunk) -> {
            int from = chunk * perCommit;
            int to = Math.min(n, from + perCommit);
            insertChunk(from, to, buyers, now, i -> yearAgo.plusMillis(i * step),
                    new SplittableRandom(chunk * 7919L + 17));
        });
    }

    private void insertChunk(int from, int to, int buyers, Instant now, java.util.function.IntFunction<Instant> filedAt,
                             SplittableRandom random) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int start = from; start < to; start += ROWS_PER_STATEMENT) {
                int rows = Math.min(ROWS_PER_STATEMENT, to - start);
                try (PreparedStatement complaints = c.prepareStatement(complaintsInsert(rows));
                     PreparedStatement timeline = c.prepareStatement(timelineInsert(rows * 3))) {
                    int p = 1;
                    int q = 1;
                    for (int r = 0; r < rows; r++) {
                        int index = start + r;
                        Instant created = filedAt.apply(index);
                        String id = IDS.construct(created.toEpochMilli()).toString();
                        Shop shop = SHOPS.get(random.nextInt(SHOPS.size()));
                        String buyer = buyer(index % buyers);
                        Category category = Category.values()[random.nextInt(Category.values().length)];
                        Remedy remedy = Remedy.values()[random.nextInt(Remedy.values().length)];
                        BigDecimal order = BigDecimal.valueOf(50 + random.nextInt(3000)).setScale(2);
                        BigDecimal claimed = order.multiply(BigDecimal.valueOf(random.nextInt(1, 101)))
                                .divide(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.DOWN);
                        String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                        Instant closed = created.plus(Duration.ofSeconds(random.nextLong(3600, 25L * 24 * 3600)));
                        if (closed.isAfter(now)) {
                            closed = now;
                        }
                        boolean standards = category == Category.QUALITY_DEFECT
                                || category == Category.NONSTANDARD_LABEL;
                        String silence = remedy == Remedy.REFUND && claimed.doubleValue() <= 200 ? "AUTO_REMEDY"
                                : "MEDIATION";
                        boolean agreed = "RESOLVED".equals(outcome);
                        complaints.setString(p++, id);
                        complaints.setString(p++, buyer);
                        complaints.setString(p++, shop.id());
                        complaints.setString(p++, shop.park());
                        complaints.setString(p++, "order-" + index);
                        complaints.setString(p++, category.name());
                        complaints.setString(p++, "Benchmark closed complaint " + index);
                        complaints.setBigDecimal(p++, order);
                        complaints.setBigDecimal(p++, claimed);
                        complaints.setString(p++, remedy.name());
                        complaints.setString(p++, claimed.doubleValue() >= 2000 ? "HIGH" : "NORMAL");
                        complaints.setBoolean(p++, standards);
                        complaints.setString(p++, silence);
                        complaints.setString(p++, outcome);
                        complaints.setString(p++, agreed ? remedy.name() : null);
                        complaints.setBigDecimal(p++, agreed ? claimed : null);
                        complaints.setString(p++, IDS.construct(created.toEpochMilli()).toString());
                        complaints.setObject(p++, utc(created));
                        complaints.setObject(p++, utc(closed));
                        complaints.setObject(p++, utc(closed));
                        String prev = GENESIS;
                        prev = entry(timeline, q, id, 1, created, buyer, "BUYER", "FILED", "SHOP_RESPONSE",
                                category + ": " + remedy + " of " + claimed + " CNY", prev);
                        q += 10;
                        prev = entry(timeline, q, id, 2, created, "system", "SYSTEM", "ROUTED", "SHOP_RESPONSE",
                                "Priority NORMAL; if the shop stays silent: " + silence + ".", prev);
                        q += 10;
                        entry(timeline, q, id, 3, closed, "system", "SYSTEM", "CLOSED", "BUYER_CONFIRMATION",
                                "The case is closed as " + outcome + ".", prev);
                        q += 10;
                    }
                    complaints.executeUpdate();
                    timeline.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static String entry(PreparedStatement s, int p, String id, int seq, Instant at, String actor,
                                String role, String action, String stage, String detail, String prev)
            throws SQLException {
        String content = String.join("\u001f", prev, id, Integer.toString(seq), at.toString(), actor, role,
                action, stage, detail);
        String hash = Sha256.hex(content);
        s.setString(p, id);
        s.setInt(p + 1, seq);
        s.setObject(p + 2, utc(at));
        s.setString(p + 3, actor);
        s.setString(p + 4, role);
        s.setString(p + 5, action);
        s.setString(p + 6, stage);
        s.setString(p + 7, detail);
        s.setString(p + 8, prev);
        s.setString(p + 9, hash);
        return hash;
    }

    private static String complaintsInsert(int rows) {
        StringBuilder sql = new StringBuilder("""
                insert into complaints (id, buyer, shop_id, park_id, order_ref, category, description, order_amount,
                  claimed_amount, desired_remedy, priority, standards_related, silence_outcome, stage, outcome,
                  agreed_remedy, agreed_amount, process_instance_id, created_at, updated_at, closed_at) values """);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,'CLOSED',?,?,?,?,?,?,?)");
        }
        return sql.toString();
    }

    private static String timelineInsert(int rows) {
        StringBuilder sql = new StringBuilder(
                "insert into timeline (complaint_id, seq, at, actor, role, action, stage, detail, prev_hash, hash) "
                        + "values ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?)");
        }
        return sql.toString();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
