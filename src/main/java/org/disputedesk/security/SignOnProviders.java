package org.disputedesk.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The OpenID providers the sign-in page offers: each registration of
 * {@code spring.security.oauth2.client.registration.*} with the authorization code flow. None when
 * none is configured.
 */
@Component
public class SignOnProviders {

    /** {@code path} starts the sign-in with the provider called {@code name}. */
    public record Provider(String name, String path) {
    }

    private final List<Provider> providers = new ArrayList<>();

    SignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        // Boot's repository lists its registrations; one that cannot be listed offers no links
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(client.getAuthorizationGrantType())) {
                    providers.add(new Provider(client.getClientName(),
                            SingleSignOn.START + "/" + client.getRegistrationId()));
                }
            }
        }
        providers.sort(Comparator.comparing(Provider::name));
    }

    public List<Provider> all() {
        return List.copyOf(providers);
    }
}
