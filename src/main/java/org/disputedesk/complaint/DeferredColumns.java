package org.disputedesk.complaint;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Columns a step records on its case, held until the case's next update in the same transaction
 * takes them in: a step records its answer and then moves the process on, whose next task writes
 * the new stage. One update instead of two spares a row version and, since the stage is in the
 * inbox indexes, every index entry of the row written twice. What no update takes in is written
 * just before the transaction commits, or before any read of the cases ({@link #flush}); outside a
 * transaction a column is written at once.
 */
final class DeferredColumns {

    private final JdbcClient jdbc;
    private final TransactionMemo<Deferred> deferred = new TransactionMemo<>(this::write);

    DeferredColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets {@code columns} (name to value, names from code only) on the case, now or with its next update. */
    void set(String id, Map<String, Object> columns) {
        Deferred held = deferred.get(id);
        if (held == null) {
            held = new Deferred(id);
            if (!deferred.put(id, held)) {
                held.columns.putAll(columns);
                write(List.of(held));
                return;
            }
        }
        held.columns.putAll(columns);
    }

    /**
     * The columns held for the case, handed to the update that takes them in; none of them may be
     * one that update sets itself.
     */
    Map<String, Object> take(String id) {
        Deferred held = deferred.get(id);
        if (held == null) {
            return Map.of();
        }
        deferred.remove(id);
        return held.columns;
    }

    /** Writes what is held now, so that a read sees what this transaction recorded. */
    void flush() {
        deferred.drain();
    }

    /** {@code ", a = :a, b = :b"} for an update that takes in {@code columns}. */
    static String assignments(Map<String, Object> columns) {
        return columns.keySet().stream().map(column -> ", " + column + " = :" + column).collect(Collectors.joining());
    }

    private void write(Collection<Deferred> held) {
        for (Deferred each : held) {
            jdbc.sql("update complaints set " + assignments(each.columns).substring(2) + " where id = :id")
                    .params(each.columns).param("id", each.id)
                    .update();
        }
    }

    private static final class Deferred {
        final String id;
        final Map<String, Object> columns = new LinkedHashMap<>();

        Deferred(String id) {
            this.id = id;
        }
    }
}
