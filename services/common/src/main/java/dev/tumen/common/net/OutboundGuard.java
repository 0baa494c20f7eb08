package dev.tumen.common.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether Tumen may send a request to a URL or an address (page fetches, feed polls, robots.txt, webhooks).
 * Refuses every address of {@link SpecialPurposeAddresses} after resolution (every resolved address must pass) and
 * reads host spellings the way C's {@code inet_aton} does ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}),
 * so no spelling reaches an address the check did not see. {@link OutboundHttp} connects only to the addresses
 * {@link #lookup} returned: the check and the connection cannot disagree.
 */
public final class OutboundGuard {
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data",
            "metadata.azure.internal", "metadata.packet.net");

    private static final java.util.regex.Pattern CANONICAL_IPV4 =
            java.util.regex.Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final boolean allowPrivate;
    private final Set<String> allowedHosts;
    private final boolean requireHttps;
    private final Resolver resolver;

    /** Resolves host names; replaceable (tests inject one to play DNS rebinding). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * @param allowPrivate  allow every special-purpose address (development only)
     * @param allowedHosts  hosts or literal addresses allowed even though special (e.g. {@code 127.0.0.1} in tests)
     * @param requireHttps  refuse plain {@code http}
     */
    public OutboundGuard(boolean allowPrivate, List<String> allowedHosts, boolean requireHttps) {
        this(allowPrivate, allowedHosts, requireHttps, InetAddress::getAllByName);
    }

    public OutboundGuard(boolean allowPrivate, List<String> allowedHosts, boolean requireHttps, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedHosts = allowedHosts.stream().map(h -> bare(h.trim().toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
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

        /** A short tag: {@code scheme}, {@code private-address}, {@code metadata-address}, {@code unresolvable}, … */
        public String reason() {
            return reason;
        }
    }

    /** Checks the URL's form and resolves and checks its host; returns the addresses that may be contacted. */
    public InetAddress[] check(URI url) throws Refused {
        return lookup(checkUrl(url)).toArray(InetAddress[]::new);
    }

    /** Checks scheme, credentials and host form without resolving anything; returns the host. */
    public String checkUrl(URI url) throws Refused {
        if (url == null || url.getScheme() == null) {
            throw new Refused("invalid-url", "not an absolute http(s) URL: " + url);
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw new Refused("scheme", requireHttps ? "only https URLs are allowed, got " + scheme
                    : "only http and https URLs are allowed, got " + scheme);
        }
        String host = url.getHost();
        if (host == null && url.getRawAuthority() != null) {
            // java.net.URI gives no host (nor port) for "127.1", "0x7f.1" or "169.254.169.254." (a numeric last label),
            // but clients connect to them. Everything after this check that reads the URL's host (robots.txt's origin,
            // the rate limiter, a page's canonical form) reads null: a redirect to http://127.1/ answered 500 with a
            // NullPointerException (probe of session 29). Such a host is refused here, as lookup refuses every other
            // spelling of an address that is not a plain dotted quad, whatever the allowed hosts say.
            String authority = url.getRawAuthority();
            if (authority.contains("@")) {
                throw new Refused("userinfo", "URLs with credentials are not allowed");
            }
            InetAddress numeric = numericAuthority(authority);
            if (numeric != null) {
                throw new Refused("ambiguous-address", ambiguous(authority.replaceFirst(":[0-9]*$", ""), numeric));
            }
        }
        if (host == null || host.isEmpty()) {
            throw new Refused("invalid-url", "URL has no host: " + url);
        }
        if (url.getRawUserInfo() != null) {
            throw new Refused("userinfo", "URLs with credentials are not allowed");
        }
        int port = url.getPort();
        if (port == 0 || port > 65_535) {
            throw new Refused("invalid-url", "no such port: " + port);
        }
        if (BAD_PORTS.contains(port)) {
            throw new Refused("forbidden-port", "refusing port " + port + ": it belongs to a service that is not HTTP (mail, shell, "
                    + "file sharing, chat...), and browsers refuse it too (the Fetch standard's bad ports)");
        }
        return host;
    }

    /**
     * The Fetch standard's "bad ports" (fetch.spec.whatwg.org, port blocking), which every browser refuses. A request
     * to one is HTTP smuggled into another protocol (SMTP, IRC, SIP...) or a scan of a host's services; no news site
     * or webhook receiver needs one.
     */
    static final Set<Integer> BAD_PORTS = Set.of(0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95,
            101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
            526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190,
            5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080);

    /**
     * Resolves {@code host} and returns its addresses if every one may be contacted. This is the only resolution an
     * outbound request gets: {@link OutboundHttp} connects to exactly these addresses.
     */
    public List<InetAddress> lookup(String rawHost) throws Refused {
        String host = bare(rawHost.toLowerCase(Locale.ROOT));
        boolean hostAllowed = allowPrivate || allowedHosts.contains(host);
        if (!hostAllowed && METADATA_HOSTS.contains(host)) {
            throw new Refused("metadata-address", "refusing cloud metadata host " + host);
        }
        InetAddress literal = literal(host);
        List<InetAddress> addresses;
        if (literal != null) {
            addresses = List.of(literal);
        } else {
            try {
                addresses = List.of(resolver.resolve(host));
            } catch (UnknownHostException | RuntimeException e) {
                throw new Refused("unresolvable", "cannot resolve host " + host);
            }
            if (addresses.isEmpty()) {
                throw new Refused("unresolvable", "cannot resolve host " + host);
            }
        }
        if (!hostAllowed) {
            for (InetAddress address : addresses) {
                checkAddress(address, host);
            }
            if (literal != null && host.indexOf(':') < 0 && !CANONICAL_IPV4.matcher(host).matches()) {
                // Readers disagree on "010.0.0.1" (octal 8.0.0.1 for inet_aton, decimal 10.0.0.1 for Java): refuse
                // every non-canonical number rather than bet on which reading the connecting code uses.
                throw new Refused("ambiguous-address", ambiguous(host, literal));
            }
        }
        return addresses;
    }

    /**
     * The address an authority ({@code host[:port]}) names when its host is a number {@link java.net.URI} cannot read
     * as a host ({@code 127.1}, {@code 0x7f.1}, {@code 10.0.0.1.}), else {@code null}. For a URI whose
     * {@code getHost()} is null: such a URL names an address, in a spelling only some readers share.
     */
    public static InetAddress numericAuthority(String rawAuthority) {
        if (rawAuthority == null || rawAuthority.contains("@")) {
            return null;
        }
        String candidate = rawAuthority.replaceFirst(":[0-9]*$", "").toLowerCase(Locale.ROOT);
        return candidate.isEmpty() || candidate.indexOf(':') >= 0 ? null : literal(bare(candidate));
    }

    /** Why a host spelled as a number other than a plain dotted quad is refused, and how to write it instead. */
    public static String ambiguous(String host, InetAddress address) {
        return "refusing the numeric host " + host + ": write the address as a plain dotted quad (" + address.getHostAddress() + ")";
    }

    /** Refuses {@code address} unless it is public or explicitly allowed; {@code host} is for the message only. */
    public void checkAddress(InetAddress address, String host) throws Refused {
        if (allowPrivate) {
            return;
        }
        String text = address.getHostAddress().toLowerCase(Locale.ROOT);
        int zone = text.indexOf('%');
        if (allowedHosts.contains(zone < 0 ? text : text.substring(0, zone))) {
            return;
        }
        String kind = SpecialPurposeAddresses.forbiddenKind(address);
        if (kind != null) {
            throw new Refused(kind.startsWith("metadata") ? "metadata-address" : "private-address",
                    "refusing " + kind + " address " + text + " of host " + host + " (allow it with tumen.outbound.allowed-hosts)");
        }
    }

    /** Whether {@code host} is exempt from the address check by configuration. */
    public boolean allowed(String host) {
        return allowPrivate || allowedHosts.contains(bare(host.toLowerCase(Locale.ROOT)));
    }

    /** {@code null} when the address is public, else what kind of address it is. */
    static String forbiddenKind(InetAddress address) {
        return SpecialPurposeAddresses.forbiddenKind(address);
    }

    private static String bare(String host) {
        String h = host;
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        // "localhost." and "127.0.0.1." name the same thing as without the dot.
        while (h.endsWith(".") && h.length() > 1) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /**
     * The address a host spelled as a number names, the way {@code inet_aton} (and so curl, browsers and many
     * resolvers) reads it: 1 to 4 parts, each decimal, octal ({@code 0} prefix) or hex ({@code 0x}); the last part
     * fills the remaining bytes. IPv6 literals too. {@code null} for a name.
     */
    static InetAddress literal(String host) {
        if (host.indexOf(':') >= 0) {
            try {
                InetAddress a = InetAddress.getByName(host.startsWith("[") ? host : "[" + host + "]");
                return a instanceof Inet6Address || a.getAddress().length == 4 ? a : null;
            } catch (UnknownHostException | RuntimeException e) {
                return null;
            }
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long v = number(parts[i]);
            if (v == null) {
                return null;
            }
            values[i] = v;
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return null;
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[values.length - 1];
        int lastBits = 32 - 8 * (values.length - 1);
        if (last >= (1L << lastBits)) {
            return null;
        }
        address |= last;
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Long number(String part) {
        if (part.isEmpty() || !part.matches("[0-9a-fA-FxX]+")) {
            return null;
        }
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0L : part.length() > 10 ? null : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return part.length() > 12 ? null : Long.parseLong(part.substring(1), 8);
            }
            return part.length() > 10 ? null : Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
