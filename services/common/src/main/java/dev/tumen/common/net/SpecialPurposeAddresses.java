package dev.tumen.common.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The addresses Tumen never sends a request to: every block of the IANA IPv4 and IPv6 Special-Purpose Address
 * Registries (RFC 6890 and its updates, as of 2025), multicast, and everything outside IPv6 global unicast
 * ({@code 2000::/3}). IPv4 carried inside IPv6 (mapped, compatible, NAT64, 6to4, Teredo) is judged as the IPv4
 * address it reaches. Blocks the registry marks globally reachable (AS112, AMT) are refused too: no news site
 * lives there, and a short, total list is easier to trust than a precise one.
 */
public final class SpecialPurposeAddresses {
    private record Block(byte[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Block> IPV4 = List.of(
            block("0.0.0.0/8", "this-network"),
            block("10.0.0.0/8", "private"),
            block("100.64.0.0/10", "shared-address-space"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.169.254/32", "metadata"),
            block("169.254.0.0/16", "link-local"),
            block("172.16.0.0/12", "private"),
            block("192.0.0.0/24", "ietf-protocol-assignments"),
            block("192.0.2.0/24", "documentation"),
            block("192.31.196.0/24", "as112"),
            block("192.52.193.0/24", "amt"),
            block("192.88.99.0/24", "6to4-relay-anycast"),
            block("192.168.0.0/16", "private"),
            block("192.175.48.0/24", "as112"),
            block("198.18.0.0/15", "benchmarking"),
            block("198.51.100.0/24", "documentation"),
            block("203.0.113.0/24", "documentation"),
            block("224.0.0.0/4", "multicast"),
            block("240.0.0.0/4", "reserved"),
            block("255.255.255.255/32", "broadcast"));

    /** Inside 2000::/3; everything outside it is refused as not global unicast. */
    private static final List<Block> IPV6 = List.of(
            block("2001::/32", "teredo"),
            block("2001::/23", "ietf-protocol-assignments"),
            block("2001:db8::/32", "documentation"),
            block("2620:4f:8000::/48", "as112"),
            block("3fff::/20", "documentation"));

    private static final Block MAPPED = block("::ffff:0:0/96", "ipv4-mapped");
    private static final Block TRANSLATED = block("::ffff:0:0:0/96", "ipv4-translated");
    private static final Block COMPATIBLE = block("::/96", "ipv4-compatible");
    private static final Block NAT64 = block("64:ff9b::/96", "nat64");
    private static final Block NAT64_LOCAL = block("64:ff9b:1::/48", "nat64-local-use");
    private static final Block SIX_TO_FOUR = block("2002::/16", "6to4");
    private static final Block GLOBAL_UNICAST = block("2000::/3", "global-unicast");
    private static final Block UNIQUE_LOCAL = block("fc00::/7", "unique-local");
    private static final Block AWS_METADATA = block("fd00:ec2::254/128", "metadata");
    private static final Block LINK_LOCAL6 = block("fe80::/10", "link-local");
    private static final Block MULTICAST6 = block("ff00::/8", "multicast");

    private SpecialPurposeAddresses() {
    }

    /** {@code null} when {@code address} may be contacted, else what kind of address it is. */
    public static String forbiddenKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            for (Block block : IPV4) {
                if (block.contains(b)) {
                    return block.name();
                }
            }
            return null;
        }
        if (!(address instanceof Inet6Address)) {
            return "unknown";
        }
        if (MAPPED.contains(b) || TRANSLATED.contains(b)) {
            String inner = forbiddenKind(v4(b, 12));
            return inner != null ? inner + " (in " + (MAPPED.contains(b) ? MAPPED : TRANSLATED).name() + ")"
                    : TRANSLATED.contains(b) ? TRANSLATED.name() : null;
        }
        if (COMPATIBLE.contains(b)) {
            // ::, ::1 and the deprecated IPv4-compatible form: never a public destination.
            String inner = isZero(b, 0, 16) ? "unspecified" : isLoopback6(b) ? "loopback" : forbiddenKind(v4(b, 12));
            return inner == null ? COMPATIBLE.name() : inner + (inner.equals("unspecified") || inner.equals("loopback") ? ""
                    : " (in " + COMPATIBLE.name() + ")");
        }
        if (NAT64_LOCAL.contains(b)) {
            return NAT64_LOCAL.name();
        }
        if (NAT64.contains(b)) {
            String inner = forbiddenKind(v4(b, 12));
            return inner == null ? null : inner + " (in " + NAT64.name() + ")";
        }
        if (SIX_TO_FOUR.contains(b)) {
            String inner = forbiddenKind(v4(b, 2));
            return inner == null ? null : inner + " (in " + SIX_TO_FOUR.name() + ")";
        }
        if (IPV6.get(0).contains(b)) {
            // Teredo: the client's IPv4 address is the last 32 bits, inverted.
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~b[12 + i];
            }
            String inner = forbiddenKind(v4(client, 0));
            return inner == null ? "teredo" : inner + " (in teredo)";
        }
        if (AWS_METADATA.contains(b)) {
            return AWS_METADATA.name();
        }
        if (!GLOBAL_UNICAST.contains(b)) {
            for (Block block : List.of(UNIQUE_LOCAL, LINK_LOCAL6, MULTICAST6)) {
                if (block.contains(b)) {
                    return block.name();
                }
            }
            return "not-global-unicast";
        }
        for (Block block : IPV6) {
            if (block.contains(b)) {
                return block.name();
            }
        }
        return null;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLoopback6(byte[] b) {
        return isZero(b, 0, 15) && b[15] == 1;
    }

    private static InetAddress v4(byte[] b, int offset) {
        try {
            return InetAddress.getByAddress(new byte[] {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Block block(String cidr, String name) {
        int slash = cidr.indexOf('/');
        try {
            // Literals only: getByName never touches DNS for them.
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            if (cidr.indexOf(':') >= 0 && prefix.length == 4) {
                // ::ffff:0:0 parses as an IPv4 address in Java; keep the IPv6 form.
                byte[] v6 = new byte[16];
                v6[10] = (byte) 0xff;
                v6[11] = (byte) 0xff;
                System.arraycopy(prefix, 0, v6, 12, 4);
                prefix = v6;
            }
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), name);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(cidr, e);
        }
    }
}
