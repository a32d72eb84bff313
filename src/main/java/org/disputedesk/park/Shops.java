package org.disputedesk.park;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.disputedesk.web.RuleViolated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shops of every park. */
@Repository
public class Shops {

    private static final String COLUMNS = "id, park_id, name, name_zh, platform, platform_shop_id";
    /** Rows per JDBC batch and ids per lookup: an import of 20,000 shops is some forty round trips. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Shops(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public void add(Shop shop) {
        insert(List.of(shop));
    }

    /** Gives a shop the Chinese name {@code nameZh} unless it has one already. */
    public void nameInChinese(String id, String nameZh) {
        jdbc.sql("update shops set name_zh = ? where id = ? and name_zh is null").params(nameZh, id).update();
    }

    public Optional<Shop> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from shops where id = ?").param(id).query(Shops::shop).optional();
    }

    /** 422 naming every one of {@code shopIds} that is not a shop of the park: an account or profile is refused whole. */
    public void requireOfPark(String parkId, Collection<String> shopIds) {
        List<String> foreign = new TreeSet<>(shopIds).stream()
                .filter(id -> find(id).map(Shop::parkId).filter(parkId::equals).isEmpty()).toList();
        if (!foreign.isEmpty()) {
            throw new RuleViolated("problem.user.foreignShops", "Not shops of park " + parkId + ": "
                    + String.join(", ", foreign) + ". Nothing was changed.", parkId, String.join(", ", foreign));
        }
    }

    /** Shops in id order, at most {@code limit}: what a picker can offer. */
    public List<Shop> first(int limit) {
        return jdbc.sql("select " + COLUMNS + " from shops order by id limit ?").param(limit).query(Shops::shop).list();
    }

    /**
     * The directory: shops of {@code parkId} (any park when null) whose name, Chinese name or id
     * contains {@code q} whatever its case (any when null), in id order, a page at a time.
     */
    List<Shop> directory(String parkId, String q, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (parkId != null) {
            conditions.add("park_id = :park");
        }
        if (q != null) {
            conditions.add("(lower(name) like :pattern escape '\\' or lower(name_zh) like :pattern escape '\\'"
                    + " or lower(id) like :pattern escape '\\')");
        }
        return jdbc.sql("select " + COLUMNS + " from shops where " + String.join(" and ", conditions)
                        + " order by id limit :size offset :offset")
                .param("park", parkId).param("pattern", q == null ? null : "%" + literal(q) + "%")
                .param("size", size).param("offset", (long) page * size)
                .query(Shops::shop).list();
    }

    /** The stored shops among {@code ids}, by id. */
    Map<String, Shop> existing(List<String> ids) {
        Map<String, Shop> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select " + COLUMNS + " from shops where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(Shops::shop).list().forEach(shop -> found.put(shop.id(), shop));
        }
        return found;
    }

    void insert(List<Shop> shops) {
        batches.batchUpdate("insert into shops (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)",
                shops, CHUNK, (statement, shop) -> {
                    statement.setString(1, shop.id());
                    statement.setString(2, shop.parkId());
                    statement.setString(3, shop.name());
                    statement.setString(4, shop.nameZh());
                    statement.setString(5, shop.platform());
                    statement.setString(6, shop.platformShopId());
                });
    }

    /** Both names and the platform fields; a shop keeps its park. */
    void update(List<Shop> shops) {
        batches.batchUpdate("update shops set name = ?, name_zh = ?, platform = ?, platform_shop_id = ? where id = ?",
                shops, CHUNK, (statement, shop) -> {
                    statement.setString(1, shop.name());
                    statement.setString(2, shop.nameZh());
                    statement.setString(3, shop.platform());
                    statement.setString(4, shop.platformShopId());
                    statement.setString(5, shop.id());
                });
    }

    /** {@code q} lower-cased, its LIKE wildcards taken as the characters they are. */
    private static String literal(String q) {
        return q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Shop shop(ResultSet rs, int row) throws SQLException {
        return new Shop(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
