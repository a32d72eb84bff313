package org.disputedesk.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.support.KeyHolder;

/** Conversions between the domain's values and its tables' columns, the same on H2 and PostgreSQL. */
public final class Rows {

    /** An instant as a {@code timestamp with time zone} parameter. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The identity a database generated for an insert: H2 and PostgreSQL name the key column differently. */
    public static long generatedId(KeyHolder key) {
        Number id = (Number) key.getKeys().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst().orElseThrow().getValue();
        return id.longValue();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private Rows() {
    }
}
