package dev.tumen.common.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether Tumen may send a request to a URL (page fetches, feed polls, webhooks). Refuses
 * loopback, private, link-local, carrier-grade NAT, unique-local, multicast, unspecified and cloud
 * metadata addresses, after DNS resolution (every resolved address must pass), unless configuration
 * allows them. Call it again for every redirect hop.
 */
public final class OutboundGuard {
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data");

    private final boolean allowPrivate;
    private final Set<String> allowedHosts;
    private final boolean requireHttps;
    private final Resolver resolver;

    /** Resolves host names; replaceable in unit tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * @param allowPrivate  allow every private/loopback address (development only)
     * @param allowedHosts  hosts or literal addresses allowed even though private (e.g. {@code 127.0.0.1} in tests)
     * @param requireHttps  refuse plain {@code http}
     */
    public OutboundGuard(boolean allowPrivate, List<String> allowedHosts, boolean requireHttps) {
        this(allowPrivate, allowedHosts, requireHttps, InetAddress::getAllByName);
    }

    public OutboundGuard(boolean allowPrivate, List<String> allowedHosts, boolean requireHttps, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        this.requireHttps = requireHttps;
        this.resolver = resolver;
    }

    /** A refusal, with a reason fit for a problem+json detail and a metric tag. */
    public static final class Refused extends Exception {
        private final String reason;

        public Refused(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        /** A short tag: {@code scheme}, {@code private-address}, {@code unresolvable}, … */
        public String reason() {
            return reason;
        }
    }

    /** Returns the resolved addresses of {@code url}'s host when the request may go ahead. */
    public InetAddress[] check(URI url) throws Refused {
        if (url == null || url.getScheme() == null) {
            throw new Refused("invalid-url", "not an absolute http(s) URL: " + url);
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw new Refused("scheme", requireHttps ? "only https URLs are allowed, got " + scheme
                    : "only http and https URLs are allowed, got " + scheme);
        }
        if (url.getHost() == null) {
            throw new Refused("invalid-url", "URL has no host: " + url);
        }
        if (url.getUserInfo() != null) {
            throw new Refused("userinfo", "URLs with credentials are not allowed");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean hostAllowed = allowPrivate || allowedHosts.contains(host);
        if (!hostAllowed && METADATA_HOSTS.contains(host)) {
            throw new Refused("metadata-address", "refusing cloud metadata host " + host);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("unresolvable", "cannot resolve host " + host);
        }
        if (hostAllowed) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            String literal = address.getHostAddress().toLowerCase(Locale.ROOT);
            if (allowedHosts.contains(literal)) {
                continue;
            }
            String kind = forbiddenKind(address);
            if (kind != null) {
                throw new Refused(kind.equals("metadata") ? "metadata-address" : "private-address",
                        "refusing " + kind + " address " + literal + " of host " + host
                                + " (allow it with tumen.outbound.allowed-hosts)");
            }
        }
        return addresses;
    }

    /** {@code null} when the address is public, else what kind of address it is. */
    static String forbiddenKind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (isV4Mapped(b)) {
                try {
                    return forbiddenKind(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "invalid";
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                // fd00:ec2::254 is AWS's IPv6 metadata endpoint, inside the unique-local range.
                return b[0] == (byte) 0xfd && b[1] == 0 && b[2] == (byte) 0x0e && b[3] == (byte) 0xc2 ? "metadata" : "unique-local";
            }
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 169 && second == 254) {
                return (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254 ? "metadata" : "link-local";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "carrier-grade-nat";
            }
            if (first == 0 || first >= 240) {
                return "reserved";
            }
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        return null;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
