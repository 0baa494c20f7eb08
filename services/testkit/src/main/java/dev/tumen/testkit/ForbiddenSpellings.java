package dev.tumen.testkit;

import java.util.List;

/**
 * Host spellings (as written in a URL's authority) that name a special-purpose address: every attack suite feeds
 * them to its outbound path (page fetches, feeds, webhooks) and expects a refusal. One list, so the paths cannot
 * drift apart.
 */
public final class ForbiddenSpellings {
    private ForbiddenSpellings() {
    }

    public static final List<String> HOSTS = List.of(
            // IPv4 loopback in every inet_aton spelling
            "127.0.0.1", "127.1", "127.0.1", "2130706433", "0x7f000001", "0x7f.0.0.1", "0x7f.1", "0177.0.0.1", "0177.1",
            "017700000001", "127.000.000.001", "127.0.0.1.", "127.255.255.254",
            // this network, private, shared, link-local, metadata
            "0.0.0.0", "0", "0x0", "10.0.0.1", "012.0.0.1", "167772161", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "3232235777", "0xc0a80101", "100.64.0.1", "100.127.255.254", "169.254.0.1", "169.254.169.254", "2852039166",
            "0xa9.0xfe.0xa9.0xfe",
            // the other IANA IPv4 special-purpose blocks, multicast, reserved, broadcast
            "192.0.0.8", "192.0.0.170", "192.0.2.1", "192.31.196.1", "192.52.193.1", "192.88.99.1", "192.175.48.1", "198.18.0.1",
            "198.19.255.254", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
            // IPv6 forms
            "[::1]", "[0:0:0:0:0:0:0:1]", "[0000::0001]", "[::]", "[fe80::1]", "[fc00::1]", "[fd12:3456::1]", "[fd00:ec2::254]",
            "[ff02::1]", "[fec0::1]", "[100::1]", "[2001:db8::1]", "[3fff::1]", "[2001:2::1]", "[2001:10::1]", "[5f00::1]",
            "[2620:4f:8000::1]",
            // IPv4 embedded in IPv6: mapped, translated, compatible, NAT64, local NAT64, 6to4, Teredo
            "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:10.0.0.1]", "[::ffff:169.254.169.254]",
            "[::ffff:0:127.0.0.1]", "[::127.0.0.1]", "[::10.0.0.1]", "[::a9fe:a9fe]", "[64:ff9b::127.0.0.1]",
            "[64:ff9b::a9fe:a9fe]", "[64:ff9b::10.1.2.3]", "[64:ff9b:1::8.8.8.8]", "[2002:7f00:1::]", "[2002:a9fe:a9fe::1]",
            "[2002:c0a8:101::]", "[2001:0:4136:e378:8000:63bf:80ff:fffe]", "[2001::1]",
            // names for such addresses
            "localhost", "localhost.", "metadata.google.internal");
}
