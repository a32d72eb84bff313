package org.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.disputedesk.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migration that brings case numbers numbers the cases already filed in the order they were filed. */
class CaseNumbersMigrationTests {

    @Test
    void casesFiledBeforeTheMigrationAreNumberedInFilingOrderAndNewOnesComeAfterThem() {
        MigratedDatabase db = MigratedDatabase.at("8");
        JdbcClient jdbc = db.jdbc();
        jdbc.sql("insert into parks (id, name) values ('p', 'Park')").update();
        jdbc.sql("insert into shops (id, park_id, name) values ('s', 'p', 'Shop')").update();
        jdbc.sql("insert into users (username, password_hash, role, display_name) values ('b', 'x', 'BUYER', 'B')")
                .update();
        // stored out of filing order; the last two filed at the same instant, the id decides
        file(jdbc, "c", "2026-03-01T10:00:00Z");
        file(jdbc, "a", "2026-01-01T10:00:00Z");
        file(jdbc, "e", "2026-02-01T10:00:00Z");
        file(jdbc, "d", "2026-02-01T10:00:00Z");

        db.migrateTo("9");
        file(jdbc, "f", "2026-04-01T10:00:00Z");

        assertThat(jdbc.sql("select id from complaints order by case_number").query(String.class).list())
                .containsExactly("a", "d", "e", "c", "f");
        assertThat(jdbc.sql("select case_number from complaints order by case_number").query(Long.class).list())
                .isEqualTo(List.of(1L, 2L, 3L, 4L, 5L));
    }

    private static void file(JdbcClient jdbc, String id, String at) {
        jdbc.sql("""
                insert into complaints (id, buyer, shop_id, park_id, order_ref, category, description, order_amount,
                  claimed_amount, desired_remedy, stage, created_at, updated_at)
                values (?, 'b', 's', 'p', ?, 'OTHER', 'd', 10, 5, 'REFUND', 'SHOP_RESPONSE', ?, ?)""")
                .params(id, "order-" + id, OffsetDateTime.parse(at), OffsetDateTime.parse(at)).update();
    }
}
