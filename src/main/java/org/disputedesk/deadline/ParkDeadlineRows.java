package org.disputedesk.deadline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.disputedesk.complaint.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The park_deadlines and park_time_zones tables: what each park set for itself. */
@Repository
class ParkDeadlineRows {

    /** A stage's deadline as a park set it (null: none), and the park's time zone (null: none). */
    record Setting(Deadline deadline, String timeZone) {
    }

    private final JdbcClient jdbc;

    ParkDeadlineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ParkDeadlines of(String parkId) {
        Map<Stage, Deadline> set = new EnumMap<>(Stage.class);
        jdbc.sql("select stage, amount, unit from park_deadlines where park_id = ?").param(parkId)
                .query(rs -> {
                    set.put(Stage.valueOf(rs.getString("stage")),
                            new Deadline(rs.getInt("amount"), DeadlineUnit.valueOf(rs.getString("unit"))));
                });
        return ParkDeadlines.of(set, zone(parkId).orElse(null));
    }

    /** What the park set for {@code stage}, in one read; empty for a park that does not exist. */
    Optional<Setting> of(String parkId, Stage stage) {
        return jdbc.sql("""
                select d.amount, d.unit, z.time_zone from parks p
                left join park_deadlines d on d.park_id = p.id and d.stage = :stage
                left join park_time_zones z on z.park_id = p.id
                where p.id = :park""")
                .param("stage", stage.name()).param("park", parkId)
                .query((rs, n) -> new Setting(rs.getString("unit") == null ? null
                        : new Deadline(rs.getInt("amount"), DeadlineUnit.valueOf(rs.getString("unit"))),
                        rs.getString("time_zone")))
                .optional();
    }

    void replace(String parkId, ParkDeadlines deadlines) {
        jdbc.sql("delete from park_deadlines where park_id = ?").param(parkId).update();
        deadlines.byStage().forEach((stage, deadline) -> jdbc.sql(
                        "insert into park_deadlines (park_id, stage, amount, unit) values (?, ?, ?, ?)")
                .params(parkId, stage.name(), deadline.amount(), deadline.unit().name()).update());
        jdbc.sql("delete from park_time_zones where park_id = ?").param(parkId).update();
        if (deadlines.timeZone() != null) {
            jdbc.sql("insert into park_time_zones (park_id, time_zone) values (?, ?)")
                    .params(parkId, deadlines.timeZone()).update();
        }
    }

    private Optional<String> zone(String parkId) {
        return jdbc.sql("select time_zone from park_time_zones where park_id = ?").param(parkId)
                .query(String.class).optional();
    }
}
