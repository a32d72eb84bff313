package org.disputedesk.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are checked: the current default encoder (bcrypt, the algorithm recorded in each
 * hash), behind a short-lived cache of verified credentials, with every success and failure
 * published for the login throttle. Every sign-in that reaches the encoder costs one bcrypt check,
 * whether the account is live, locked, disabled or unknown.
 */
@Configuration
class Passwords {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(DeskUsers users, PasswordEncoder encoder,
                                                ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // The password is checked first, the account's state after: a locked or disabled account costs
        // the same bcrypt check as a live one (an unknown user does too, against a dummy hash), so
        // the time of the answer tells nothing of the lock or of the account's existence.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(new VerifiedCredentials(passwords, users));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
