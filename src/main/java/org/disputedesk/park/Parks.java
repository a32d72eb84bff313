package org.disputedesk.park;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parks are the tenants of an installation; every shop belongs to one. */
@Repository
public class Parks {

    private final JdbcClient jdbc;

    Parks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String id, String name) {
        jdbc.sql("insert into parks (id, name) values (?, ?)").params(id, name).update();
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from parks where id = ?").param(id).query(Integer.class).single() > 0;
    }

    public void addShop(String id, String parkId, String name) {
        jdbc.sql("insert into shops (id, park_id, name) values (?, ?, ?)").params(id, parkId, name).update();
    }

    public Optional<Shop> shop(String id) {
        return jdbc.sql("select id, park_id, name from shops where id = ?").param(id)
                .query(Parks::shop).optional();
    }

    /** Shops in id order, at most {@code limit}: what a picker can offer. */
    public List<Shop> shops(int limit) {
        return jdbc.sql("select id, park_id, name from shops order by id limit " + limit).query(Parks::shop).list();
    }

    private static Shop shop(ResultSet rs, int row) throws SQLException {
        return new Shop(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    /** A shop and the park it belongs to. */
    public record Shop(String id, String parkId, String name) {
    }
}
