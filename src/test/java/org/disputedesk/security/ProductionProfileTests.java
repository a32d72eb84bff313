package org.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disputedesk.DisputeDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outside the demo profile there are no default credentials and no demo users. */
class ProductionProfileTests {

    @Test
    void anInstallationWithoutAnAdminPasswordRefusesToStart() {
        assertThatThrownBy(() -> start().run()).hasStackTraceContaining("DISPUTES_ADMIN_PASSWORD");
    }

    @Test
    void anInstallationWithAnAdminPasswordStartsWithOnlyThatAdmin() {
        try (ConfigurableApplicationContext app = start()
                .properties("disputes.admin.password=a-long-admin-secret").run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select username from users").query(String.class).list()).containsExactly("admin");
            assertThat(jdbc.sql("select count(*) from parks").query(Integer.class).single()).isZero();
        }
    }

    private static SpringApplicationBuilder start() {
        return new SpringApplicationBuilder(DisputeDeskApplication.class)
                .profiles("test")
                .properties("server.port=0", "camunda.bpm.generate-unique-process-engine-name=true");
    }
}
