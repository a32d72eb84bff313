package org.disputedesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The move of an existing database to lean-full, on a real H2 database holding the engine's property table. */
class HistoryLevelPluginTests {

    final HistoryLevelPlugin plugin = new HistoryLevelPlugin();
    final JdbcDataSource dataSource = new JdbcDataSource();
    JdbcClient jdbc;

    @BeforeEach
    void database() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aDatabaseMadeUnderLevelFullIsMovedToLeanFull() {
        // given
        propertyTableWithLevel("3");

        // when
        plugin.postInit(configuration(LeanFullHistory.NAME));

        // then
        assertThat(storedLevel()).isEqualTo(Integer.toString(LeanFullHistory.ID));
    }

    @Test
    void aDatabaseIsLeftAloneWhenTheConfigurationAsksForAnotherLevel() {
        // given
        propertyTableWithLevel("3");

        // when
        plugin.postInit(configuration("full"));

        // then
        assertThat(storedLevel()).isEqualTo("3");
    }

    @Test
    void aNewDatabaseWithoutTheEngineSchemaIsLeftForTheEngineToCreate() {
        // when
        plugin.postInit(configuration(LeanFullHistory.NAME));

        // then
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'ACT_GE_PROPERTY'")
                .query(Long.class).single()).isZero();
    }

    private StandaloneProcessEngineConfiguration configuration(String history) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setHistory(history);
        return configuration;
    }

    private void propertyTableWithLevel(String level) {
        jdbc.sql("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)")
                .update();
        jdbc.sql("insert into ACT_GE_PROPERTY values ('historyLevel', ?, 1)").param(level).update();
    }

    private String storedLevel() {
        return jdbc.sql("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'").query(String.class).single();
    }
}
