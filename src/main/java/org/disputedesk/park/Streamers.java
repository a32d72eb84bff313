package org.disputedesk.park;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The streamer profiles of every park, their shops and rooms. */
@Repository
public class Streamers {

    private final JdbcClient jdbc;

    Streamers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the profile; a taken id or room is Spring's {@code DuplicateKeyException}. */
    public void add(StreamerProfile profile) {
        jdbc.sql("insert into streamers (id, park_id, name, created_at) values (?, ?, ?, ?)")
                .params(profile.id(), profile.parkId(), profile.name(), Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        profile.shopIds().forEach(shop -> jdbc.sql("insert into streamer_shops (streamer_id, shop_id) values (?, ?)")
                .params(profile.id(), shop).update());
        profile.rooms().forEach(room -> jdbc.sql("insert into streamer_rooms (room, streamer_id) values (?, ?)")
                .params(room, profile.id()).update());
    }

    public Optional<StreamerProfile> find(String id) {
        return page("id = :id", Map.of("id", id), 0, 1).stream().findFirst();
    }

    /** Whether {@code id} is a profile of the park {@code parkId}. */
    public boolean existsIn(String id, String parkId) {
        return jdbc.sql("select count(*) from streamers where id = ? and park_id = ?").params(id, parkId)
                .query(Integer.class).single() > 0;
    }

    /** Which of {@code rooms} belong to a profile already, and to which. */
    Map<String, String> owners(List<String> rooms) {
        Map<String, String> owners = new HashMap<>();
        jdbc.sql("select room, streamer_id from streamer_rooms where room in (:rooms)").param("rooms", rooms)
                .query(rs -> {
                    owners.put(rs.getString(1), rs.getString(2));
                });
        return owners;
    }

    /** Profiles of {@code parkId} (every park when null), in id order, a page at a time. */
    public List<StreamerProfile> of(String parkId, int page, int size) {
        return parkId == null ? page("1 = 1", Map.of(), page, size)
                : page("park_id = :park", Map.of("park", parkId), page, size);
    }

    private List<StreamerProfile> page(String where, Map<String, Object> params, int page, int size) {
        record Head(String id, String name, String parkId) {
        }
        List<Head> heads = jdbc.sql("select id, name, park_id from streamers where " + where
                        + " order by id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> ids = heads.stream().map(Head::id).toList();
        Map<String, List<String>> shops = members("select streamer_id, shop_id from streamer_shops", ids);
        Map<String, List<String>> rooms = members("select streamer_id, room from streamer_rooms", ids);
        return heads.stream().map(h -> new StreamerProfile(h.id(), h.name(), h.parkId(),
                shops.getOrDefault(h.id(), List.of()), rooms.getOrDefault(h.id(), List.of()))).toList();
    }

    /** The second column's values by profile, in order, for the profiles {@code ids}. */
    private Map<String, List<String>> members(String select, List<String> ids) {
        Map<String, List<String>> byProfile = new HashMap<>();
        jdbc.sql(select + " where streamer_id in (:ids) order by 1, 2").param("ids", ids)
                .query(rs -> {
                    byProfile.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return byProfile;
    }
}
