package org.disputedesk.security;

/**
 * A person as an OpenID provider vouches for them at a single sign-on. {@code issuer} and
 * {@code subject} name them for good; {@code email} is theirs only when {@code emailVerified};
 * {@code name} is what they are called there, if the provider says.
 */
public record ExternalIdentity(String issuer, String subject, String email, boolean emailVerified, String name) {
}
