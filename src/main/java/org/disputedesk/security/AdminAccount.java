package org.disputedesk.security;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there are no default credentials: the installation refuses to start unless
 * the administrator's password comes from the environment ({@code DISPUTES_ADMIN_PASSWORD}), and
 * creates the {@code admin} account with it on first start.
 */
@Component
@Profile("!demo")
class AdminAccount implements InitializingBean, ApplicationRunner {

    static final int MIN_LENGTH = 12;

    private final DeskUsers users;
    private final PasswordEncoder encoder;
    private final String password;

    AdminAccount(DeskUsers users, PasswordEncoder encoder, @Value("${disputes.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        if (password.isBlank() || password.length() < MIN_LENGTH) {
            throw new IllegalStateException("Set DISPUTES_ADMIN_PASSWORD (at least " + MIN_LENGTH
                    + " characters): outside the demo profile there is no default administrator password.");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.exists("admin")) {
            users.add("admin", encoder.encode(password), Role.ADMIN, "Installation administrator", null, List.of());
        }
    }
}
