package org.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/**
 * A sign-in costs one bcrypt check whatever the account: live, locked, disabled or unknown. Were
 * the lock checked first, a locked account would answer in a few milliseconds and a live one in a
 * quarter of a second, and the time alone would tell that the account exists and is locked. The
 * test counts the checks on a real bcrypt encoder, through the sign-in the application builds.
 */
class SignInCostTests {

    private final BCryptPasswordEncoder bcrypt = spy(new BCryptPasswordEncoder());
    private final String hash = bcrypt.encode("right");
    private final Map<String, DeskUser> accounts = Map.of(
            "live", account("live", true, null),
            "locked", account("locked", true, Instant.now().plus(15, ChronoUnit.MINUTES)),
            "disabled", account("disabled", false, null));
    private AuthenticationManager signIn;

    @BeforeEach
    void theApplicationsSignIn() {
        DeskUsers users = new DeskUsers(null) {
            @Override
            public DeskUser loadUserByUsername(String username) {
                DeskUser user = accounts.get(username);
                if (user == null) {
                    throw new UsernameNotFoundException("no such user");
                }
                return user;
            }
        };
        signIn = new Passwords().authenticationManager(users,
                new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt)), event -> { });
        clearInvocations(bcrypt);
    }

    static Stream<Arguments> refusedSignIns() {
        return Stream.of(
                Arguments.of("live", "wrong", BadCredentialsException.class),
                Arguments.of("locked", "right", LockedException.class),
                Arguments.of("locked", "wrong", BadCredentialsException.class),
                Arguments.of("disabled", "right", DisabledException.class),
                Arguments.of("disabled", "wrong", BadCredentialsException.class),
                Arguments.of("nobody", "right", BadCredentialsException.class));
    }

    @ParameterizedTest(name = "{0} with the {1} password")
    @MethodSource("refusedSignIns")
    void everyRefusedSignInCostsOneBcryptCheckOfTheSameStrength(String user, String password,
                                                                 Class<? extends AuthenticationException> refusal) {
        assertThatThrownBy(() -> signIn(user, password)).isExactlyInstanceOf(refusal);

        // the same strength as every stored hash, so the same work: "$2a$10$"
        verify(bcrypt).matches(eq(password), argThat(checked -> checked.startsWith(hash.substring(0, 7))));
    }

    @Test
    void aLiveAccountCostsTheSameOneCheck() {
        assertThat(signIn("live", "right").isAuthenticated()).isTrue();

        verify(bcrypt).matches(eq("right"), argThat(checked -> checked.equals(hash)));
    }

    private Authentication signIn(String user, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    private DeskUser account(String username, boolean enabled, Instant lockedUntil) {
        return new DeskUser(username, "{bcrypt}" + hash, Role.BUYER, null, Set.of(), enabled, lockedUntil);
    }
}
