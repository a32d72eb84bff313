package org.disputedesk.operations;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Does for an H2 file the housekeeping that H2's background writer would, had durable commits not stopped it.
 * H2 writes each commit's changed pages into a new chunk of its file; that writer later rewrites the live pages
 * of half-empty chunks, so that their space can be reused. With {@code WRITE_DELAY 0} (H2Durability) H2 runs no
 * writer at all, and under steady writes the file grew to some twenty times its data: a million closed cases
 * seeded took more than 31 GB, unfinished, and 10.5 GB with this (docs/benchmarks.md). Every
 * {@code disputes.h2.housekeeping-interval} this rewrites the emptiest chunks, a few megabytes' worth, as H2's
 * writer does while the database is busy, through H2's store API: no SQL statement does it while the database is
 * open. H2 reuses a chunk's space only once it has been free for its retention time (45 s).
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:') "
        + "and !'${spring.datasource.url:}'.startsWith('jdbc:h2:mem:')")
class H2Housekeeping {

    /** Below this share of live data in the file's chunks, chunks are rewritten: H2's own threshold while busy. */
    private static final int TARGET_FILL_RATE = 81;
    /** Live data rewritten at most per run: small enough that no commit waits long on the store's lock. */
    private static final int WRITE_BYTES = 4 << 20;

    private final DataSource dataSource;

    H2Housekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(fixedDelayString = "${disputes.h2.housekeeping-interval:PT0.2S}")
    void compact() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore();
            store.compact(TARGET_FILL_RATE, WRITE_BYTES);
        }
    }
}
