package org.disputedesk.park;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parks are the tenants of an installation; every shop belongs to one. */
@Repository
public class Parks {

    private final JdbcClient jdbc;

    Parks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Park park) {
        jdbc.sql("insert into parks (id, name, name_zh) values (?, ?, ?)")
                .params(park.id(), park.name(), park.nameZh()).update();
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from parks where id = ?").param(id).query(Integer.class).single() > 0;
    }

    public Optional<Park> find(String id) {
        return jdbc.sql("select id, name, name_zh from parks where id = ?").param(id).query(Park.class).optional();
    }

    /** Parks in id order, a page at a time. */
    List<Park> page(int page, int size) {
        return jdbc.sql("select id, name, name_zh from parks order by id limit :size offset :offset")
                .param("size", size).param("offset", (long) page * size).query(Park.class).list();
    }

    /** Every park's id: an installation has tens of parks, not thousands. */
    Set<String> ids() {
        return Set.copyOf(jdbc.sql("select id from parks").query(String.class).list());
    }
}
