package org.disputedesk.operations;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On H2 in file mode, a commit is on disk before its answer goes out, however the operator wrote
 * the URL: H2 otherwise flushes its log up to half a second after a commit, and a crash in that
 * half second loses what was acknowledged. H2 applies a URL's settings at every connection it
 * opens, so each of the pool's connections sets {@code WRITE_DELAY 0} after them; the first one
 * is opened at start, which fails with the reason when the user lacks H2's admin right.
 */
@Component
class H2Durability implements BeanPostProcessor {

    static final String DURABLE_COMMITS = "SET WRITE_DELAY 0";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isH2File(pool.getJdbcUrl())) {
            pool.setConnectionInitSql(DURABLE_COMMITS);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isH2File(pool.getJdbcUrl())) {
            try (Connection first = pool.getConnection()) {
                first.isValid(1);
            } catch (SQLException e) {
                throw new IllegalStateException("H2 would acknowledge commits up to half a second before they are on "
                        + "disk, unless each connection may run " + DURABLE_COMMITS + ", which needs H2's admin "
                        + "right: connect as the database's admin. " + e.getMessage(), e);
            }
        }
        return bean;
    }

    static boolean isH2File(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }
}
