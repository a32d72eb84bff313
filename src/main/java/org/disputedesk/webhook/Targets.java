package org.disputedesk.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import org.disputedesk.web.RuleViolated;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may send: not into the installation's own network (loopback, private, link-local,
 * unspecified, multicast, shared and unique-local addresses), unless
 * {@code disputes.webhooks.allow-private-targets} says that the park's receivers live there.
 * Otherwise anyone who may subscribe could make the server call its neighbours (SSRF). The host is
 * checked when the webhook is created and again before each attempt, since a name may come to
 * resolve elsewhere.
 */
@Component
class Targets {

    private final boolean allowPrivate;

    Targets(WebhookSettings settings) {
        this.allowPrivate = settings.allowPrivateTargets();
    }

    /** 422 unless every address {@code url}'s host resolves to may be called. */
    void requirePermitted(URI url) {
        refusal(url).ifPresent(why -> {
            throw why;
        });
    }

    /** Why {@code url} may not be called, if it may not. */
    Optional<RuleViolated> refusal(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of(new RuleViolated("problem.webhook.unknownHost",
                    "The host " + host + " does not resolve; nothing was saved.", host));
        }
        return Arrays.stream(addresses).filter(Targets::isInternal).findFirst()
                .map(address -> new RuleViolated("problem.webhook.privateTarget", "The host " + host
                        + " resolves to " + address.getHostAddress() + ", an address of a private network; "
                        + "nothing was saved.", host, address.getHostAddress()));
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            // 0.0.0.0/8 ("this network"), 100.64.0.0/10 (carrier-grade NAT), 255.255.255.255 (broadcast)
            return first == 0 || first == 100 && (b[1] & 0xc0) == 64 || first == 255;
        }
        if (((Inet6Address) address).isIPv4CompatibleAddress()) {
            try {
                return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
}
