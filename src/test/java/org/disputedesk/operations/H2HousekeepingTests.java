package org.disputedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file with durable commits, filled by many small commits as filings fill it, stays near the size of its
 * data when the housekeeping runs between the commits (15 to 23 MB here for 50,000 rows), and grows to some 60 MB
 * when it does not. The files here keep no freed space for later (retention time 0), so that what takes 45
 * seconds in a node shows in one test.
 */
class H2HousekeepingTests {

    private static final int ROWS_A_COMMIT = 50;
    private static final int COMMITS = 1_000;

    @TempDir
    Path dir;

    @Test
    void aFileFilledByManySmallCommitsStaysNearItsDataOnlyWithTheHousekeeping() throws Exception {
        long without = sizeAfterCommits("without", false);
        long with = sizeAfterCommits("with", true);

        assertThat(with).isLessThan(without / 2);
    }

    private long sizeAfterCommits(String name, boolean housekeeping) throws SQLException, IOException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0;RETENTION_TIME=0");
        H2Housekeeping keeper = new H2Housekeeping(dataSource);
        // held open throughout: the database closes, and compacts itself, with its last connection
        try (Connection open = dataSource.getConnection(); Statement sql = open.createStatement()) {
            sql.execute("create table cases (id int primary key, buyer int, stage varchar(32), detail varchar(200))");
            sql.execute("create index cases_buyer on cases (buyer, id)");
            for (int i = 0; i < COMMITS; i++) {
                sql.execute("insert into cases select " + i * ROWS_A_COMMIT + " + x, rand() * 1000, 'SHOP_RESPONSE',"
                        + " repeat('x', 200) from system_range(1, " + ROWS_A_COMMIT + ")");
                if (housekeeping) {
                    keeper.compact();
                }
            }
            return Files.size(dir.resolve(name + ".mv.db"));
        }
    }
}
