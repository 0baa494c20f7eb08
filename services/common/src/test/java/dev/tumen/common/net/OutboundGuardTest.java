package dev.tumen.common.net;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundGuardTest {
    private static final Map<String, String> DNS = Map.of(
            "news.example", "93.184.216.34",
            "rebind.example", "10.0.0.5",
            "meta.example", "169.254.169.254");

    private static InetAddress[] fakeDns(String host) throws UnknownHostException {
        String ip = DNS.get(host);
        return ip == null ? InetAddress.getAllByName(host) : new InetAddress[] {InetAddress.getByName(ip)};
    }

    private final OutboundGuard guard = new OutboundGuard(false, List.of(), false, OutboundGuardTest::fakeDns);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.0.1/",
            "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[fd00:ec2::254]/",
            "http://100.64.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "http://metadata.google.internal/"})
    void refusesPrivateLoopbackAndMetadataAddresses(String url) {
        assertThrows(OutboundGuard.Refused.class, () -> guard.check(URI.create(url)));
    }

    @Test
    void refusesHostsThatResolveToPrivateAddresses() {
        var refused = assertThrows(OutboundGuard.Refused.class, () -> guard.check(URI.create("https://rebind.example/x")));
        assertEquals("private-address", refused.reason());
        var metadata = assertThrows(OutboundGuard.Refused.class, () -> guard.check(URI.create("https://meta.example/")));
        assertEquals("metadata-address", metadata.reason());
    }

    @Test
    void allowsPublicAddresses() {
        assertDoesNotThrow(() -> guard.check(URI.create("https://news.example/story")));
    }

    @Test
    void refusesOtherSchemesAndCredentials() {
        assertEquals("scheme", assertThrows(OutboundGuard.Refused.class, () -> guard.check(URI.create("file:///etc/passwd"))).reason());
        assertEquals("userinfo", assertThrows(OutboundGuard.Refused.class,
                () -> guard.check(URI.create("https://u:p@news.example/"))).reason());
    }

    @Test
    void requiresHttpsWhenConfigured() {
        var strict = new OutboundGuard(false, List.of(), true, OutboundGuardTest::fakeDns);
        assertThrows(OutboundGuard.Refused.class, () -> strict.check(URI.create("http://news.example/")));
        assertDoesNotThrow(() -> strict.check(URI.create("https://news.example/")));
    }

    @Test
    void allowsListedHostsExplicitly() {
        var tests = new OutboundGuard(false, List.of("127.0.0.1"), false, OutboundGuardTest::fakeDns);
        assertDoesNotThrow(() -> tests.check(URI.create("http://127.0.0.1:8080/feed")));
        assertThrows(OutboundGuard.Refused.class, () -> tests.check(URI.create("http://10.0.0.1/")));
    }
}
