package dev.tumen.common.net;

import dev.tumen.testkit.ForbiddenSpellings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one outbound client against real sockets on loopback: pinning, literals, redirects, body caps. */
class OutboundHttpIT {
    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "internal secret page".repeat(10).getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().equals("/redirect")) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + server.getAddress().getPort() + "/");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    /**
     * No test here is about a timeout: each checks a refusal or an answer. A 3 s call deadline (which covers waiting
     * for the client's own build on its first call) timed out at CI load 45 (bodiesAreCappedOrRefused, session 13 and
     * 14), so the deadlines are far above any answer's time on a busy machine.
     */
    private static OutboundHttp client(OutboundGuard guard) {
        return new OutboundHttp(guard, new OutboundHttp.Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), 8));
    }

    @Test
    void dnsRebindingNeverReachesThePrivateAddress() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        OutboundGuard guard = new OutboundGuard(false, List.of(), false, rebinding(lookups, "93.184.216.34", "127.0.0.1"));
        URI url = URI.create("http://rebind.attacker.test:" + port() + "/");
        // The subscription-time (or any earlier) check sees the public answer ...
        guard.check(url);
        OutboundHttp http = client(guard);
        try {
            // ... and every later resolution happens inside the client, checked, and connected to as checked.
            for (int i = 0; i < 3; i++) {
                OutboundHttp.Failure f = assertThrows(OutboundHttp.Failure.class, () -> http.send(OutboundHttp.Exchange.get(url, Map.of(), null, 1000)));
                assertEquals("forbidden-address", f.reason(), f.getMessage());
            }
            ExecutionException async = assertThrows(ExecutionException.class,
                    () -> http.sendAsync(OutboundHttp.Exchange.post(url, Map.of(), new byte[] {1}, "application/json", 100)).get(10, TimeUnit.SECONDS));
            assertTrue(((OutboundHttp.Failure) async.getCause()).refused());
            // A prepared target (the alert's webhooks) skips only the URL's parse and form check: the name is still
            // resolved and checked on every request.
            OutboundHttp.Target target = http.target(url);
            for (int i = 0; i < 3; i++) {
                int before = lookups.get();
                ExecutionException e = assertThrows(ExecutionException.class, () -> http.sendAsync(target,
                        OutboundHttp.Exchange.post(target.uri(), Map.of(), new byte[] {1}, "application/json", 100)).get(10, TimeUnit.SECONDS));
                OutboundHttp.Failure f = (OutboundHttp.Failure) e.getCause();
                assertEquals("forbidden-address", f.reason(), f.getMessage());
                assertTrue(lookups.get() > before, "resolved again for every request");
            }
        } finally {
            http.close();
        }
        assertEquals(0, hits.get(), "nothing may connect to the private address");
    }

    @Test
    void theCheckedAnswerIsTheAddressConnectedTo() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // Public for nobody: "allowed" here means the test allow-list, private afterwards means another loopback.
        OutboundGuard guard = new OutboundGuard(false, List.of("127.0.0.1"), false, rebinding(lookups, "127.0.0.1", "127.0.0.3"));
        OutboundHttp http = client(guard);
        try {
            OutboundHttp.Answer first = http.send(OutboundHttp.Exchange.get(URI.create("http://pinned.test:" + port() + "/"), Map.of(), null, 10_000));
            assertEquals(200, first.status());
            assertEquals(1, hits.get());
            assertEquals(1, lookups.get(), "one resolution per connection: the one that was checked");
        } finally {
            http.close();
        }
    }

    @Test
    void redirectsAreNotFollowedAndEachHopIsItsOwnCheckedCall() throws Exception {
        OutboundGuard guard = new OutboundGuard(false, List.of("127.0.0.1"), false);
        OutboundHttp http = client(guard);
        try {
            OutboundHttp.Answer answer = http.send(OutboundHttp.Exchange.get(URI.create("http://127.0.0.1:" + port() + "/redirect"), Map.of(), null, 1000));
            assertEquals(302, answer.status());
            URI next = URI.create(answer.header("Location"));
            OutboundHttp.Failure f = assertThrows(OutboundHttp.Failure.class, () -> http.send(OutboundHttp.Exchange.get(next, Map.of(), null, 1000)));
            assertEquals("forbidden-address", f.reason());
            assertEquals(1, hits.get());
        } finally {
            http.close();
        }
    }

    @Test
    void everyForbiddenSpellingIsRefusedBeforeAnyConnection() throws Exception {
        OutboundHttp http = client(new OutboundGuard(false, List.of(), false));
        try {
            for (String host : ForbiddenSpellings.HOSTS) {
                URI url = URI.create("http://" + host + ":" + port() + "/");
                OutboundHttp.Failure f = assertThrows(OutboundHttp.Failure.class,
                        () -> http.send(OutboundHttp.Exchange.get(url, Map.of(), null, 1000)), host);
                assertEquals("forbidden-address", f.reason(), host + ": " + f.getMessage());
                // The same through a prepared target (the alert's webhooks): refused when prepared, or on the request.
                OutboundHttp.Failure prepared;
                try {
                    OutboundHttp.Target target = http.target(url);
                    prepared = (OutboundHttp.Failure) assertThrows(ExecutionException.class, () -> http.sendAsync(target,
                            OutboundHttp.Exchange.post(target.uri(), Map.of(), new byte[] {1}, "application/json", 100)).get(10, TimeUnit.SECONDS),
                            host).getCause();
                } catch (OutboundHttp.Failure refusedAtOnce) {
                    prepared = refusedAtOnce;
                }
                assertEquals("forbidden-address", prepared.reason(), host + " (prepared): " + prepared.getMessage());
            }
        } finally {
            http.close();
        }
        assertEquals(0, hits.get());
    }

    @Test
    void aPreparedTargetSendsAndAnotherUrlIsCheckedAfresh() throws Exception {
        OutboundHttp http = client(new OutboundGuard(false, List.of("127.0.0.1"), false));
        try {
            OutboundHttp.Target target = http.target(URI.create("http://127.0.0.1:" + port() + "/hook"));
            for (int i = 0; i < 2; i++) {
                assertEquals(200, http.sendAsync(target, OutboundHttp.Exchange.post(target.uri(), Map.of(), new byte[] {1},
                        "application/json", 100)).get(30, TimeUnit.SECONDS).status());
            }
            // An exchange to another URL than the target's does not borrow the target's checks.
            URI other = URI.create("http://127.0.0.2:" + port() + "/");
            ExecutionException e = assertThrows(ExecutionException.class, () -> http.sendAsync(target,
                    OutboundHttp.Exchange.post(other, Map.of(), new byte[] {1}, "application/json", 100)).get(10, TimeUnit.SECONDS));
            assertEquals("forbidden-address", ((OutboundHttp.Failure) e.getCause()).reason());
            assertEquals("scheme", assertThrows(OutboundHttp.Failure.class, () -> http.target(URI.create("ftp://127.0.0.1/"))).reason());
        } finally {
            http.close();
        }
        assertEquals(2, hits.get());
    }

    @Test
    void bodiesAreCappedOrRefused() throws Exception {
        OutboundHttp http = client(new OutboundGuard(false, List.of("127.0.0.1"), false));
        try {
            URI url = URI.create("http://127.0.0.1:" + port() + "/");
            OutboundHttp.Answer cut = http.send(new OutboundHttp.Exchange(url, "GET", Map.of(), null, null, null, 16, true));
            assertEquals(16, cut.body().length);
            assertTrue(cut.truncated());
            assertEquals("too-large", assertThrows(OutboundHttp.Failure.class,
                    () -> http.send(OutboundHttp.Exchange.get(url, Map.of(), null, 16))).reason());
            assertEquals("unsupported-content-type", assertThrows(OutboundHttp.Failure.class,
                    () -> http.send(OutboundHttp.Exchange.get(url, Map.of(), java.util.Set.of("text/html"), 10_000))).reason());
        } finally {
            http.close();
        }
    }

    /** A resolver that answers {@code first} to the first lookup and {@code then} to every later one. */
    private static OutboundGuard.Resolver rebinding(AtomicInteger lookups, String first, String then) {
        return host -> new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? first : then)};
    }

    static InetAddress[] none(String host) throws UnknownHostException {
        throw new UnknownHostException(host);
    }
}
