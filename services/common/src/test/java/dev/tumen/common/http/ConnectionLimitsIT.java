package dev.tumen.common.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Attack suite, resources class. Probe of session 31: connections that never send a byte were held until the idle
 * timeout (30 minutes on the alert) and nothing bounded their number, so 21,000 of them, without a token, took every
 * file descriptor of the alert and {@code /health} went unanswered; an idle connection is now closed after
 * {@code tumen.http.keep-alive-timeout} and their number is bounded by {@code tumen.http.max-connections}. Probe of
 * session 41: that bound then refused every new connection, {@code /health}'s included, with 503 for as long as about
 * 1,100 idle or half-sent connections were held (up to the 60 s keep-alive timeout, again and again). Now a connection
 * past the bound takes the place of the one waiting longest for a complete request head; only when every open one has
 * a request in progress is the new one refused.
 */
class ConnectionLimitsIT {
    private static final String TOKEN = "connection-limits-token-0123456789abcdef";
    private static final String HEALTH = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    private static final String TOKENED = "GET /connection-limits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
            + "\r\n\r\n";
    private static final String HELD = "GET /connection-limits/held HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + TOKEN + "\r\n\r\n";
    /** Released by the test: requests to {@code /held} are in progress until then. */
    private static volatile CountDownLatch release = new CountDownLatch(0);
    /** Requests to {@code /held} being answered now. */
    private static final AtomicInteger holding = new AtomicInteger();

    @Controller("/connection-limits")
    @Requires(property = "connection-limits-it", value = "true")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Routes {
        @Get(produces = MediaType.TEXT_PLAIN)
        String quick() {
            return "quick";
        }

        @Get(uri = "/held", produces = MediaType.TEXT_PLAIN)
        String held() throws InterruptedException {
            holding.incrementAndGet();
            try {
                return release.await(60, TimeUnit.SECONDS) ? "released" : "never released";
            } finally {
                holding.decrementAndGet();
            }
        }
    }

    @Test
    void idleConnectionsAreClosedOnceTheKeepAliveTimeoutPasses() throws Exception {
        try (EmbeddedServer server = start(8, "1500ms")) {
            int port = server.getPort();
            // A connection that never sends a byte: closed by the 1.5 s keep-alive timeout, not the 30 min idle timeout;
            // a read that ends at all tells them apart. 60 s is a guard against a hang, not a speed bound.
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setSoTimeout(60_000);
                assertEquals(-1, s.getInputStream().read(), "closed without an answer once idle past the keep-alive timeout");
            }
            // A client with a request is served, and so is a kept-alive connection that sends its next request in time.
            try (Socket s = new Socket("127.0.0.1", port)) {
                assertRouteAnswered(answer(s, HEALTH));
                Thread.sleep(500);
                assertRouteAnswered(answer(s, HEALTH));
                s.setSoTimeout(60_000);
                assertEquals(-1, s.getInputStream().read(), "closed once idle past the keep-alive timeout");
            }
        }
    }

    /**
     * The hole of session 41: 1,100 connections that sent nothing, or a request head without its end, kept every client
     * out (503 {@code too-many-connections}, {@code /health} included) until the keep-alive or header timeout closed them,
     * and an attacker opening them again at once kept the service out of its load balancer for good.
     */
    @Test
    void aFloodOfIdleAndHalfSentConnectionsLeavesHealthAndClientsServed() throws Exception {
        // Neither timeout may free a place within the test: the places must come from the flood itself.
        try (EmbeddedServer server = start(8, "60s")) {
            int port = server.getPort();
            List<Socket> idle = new ArrayList<>();
            List<Socket> halfSent = new ArrayList<>();
            try {
                // given: 80 connections, ten times the bound, half of them sending nothing, half a head without its end
                for (int i = 0; i < 40; i++) {
                    idle.add(new Socket("127.0.0.1", port));
                    Socket s = new Socket("127.0.0.1", port);
                    s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    halfSent.add(s);
                }
                // when: the service has taken the flood in (each of its event loops sets up connections in its own order,
                // so a connection made during the flood can be set up before some made earlier, which then take its place)
                ConnectionLimits limits = server.getApplicationContext().getBean(ConnectionLimits.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> limits.open() <= 8);
                // and: health and a client with a token come after it
                long started = System.nanoTime();
                try (Socket health = new Socket("127.0.0.1", port); Socket client = new Socket("127.0.0.1", port)) {
                    String healthAnswer = answer(health, HEALTH);
                    String clientAnswer = answer(client, TOKENED);
                    long tookMillis = (System.nanoTime() - started) / 1_000_000;
                    // then: both are served, at once rather than after a timeout
                    assertRouteAnswered(healthAnswer);
                    assertTrue(clientAnswer.startsWith("HTTP/1.1 200 ") && clientAnswer.endsWith("quick"), clientAnswer);
                    assertTrue(tookMillis < 10_000, "took " + tookMillis + " ms");
                }
                // and: the flood's oldest connections made way, a half-sent head answered 503 too-many-connections (it began
                // a request; or closed without a word when it made way before its bytes were read), a connection that sent
                // nothing closed without a word (an answer there would be read as the answer to the request it sends
                // next); at most the bound is left open
                assertEquals("", readToEnd(idle.get(0)), "the oldest connection made way first");
                int open = 0;
                for (Socket s : idle) {
                    String text = readToEnd(s);
                    if (text == null) {
                        open++;
                    } else {
                        assertEquals("", text, "a connection that sent nothing gets no answer");
                    }
                }
                for (Socket s : halfSent) {
                    String text = readToEnd(s);
                    if (text == null) {
                        open++;
                    } else if (!text.isEmpty()) {
                        assertTrue(text.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), text);
                        assertTrue(text.contains("/problems/too-many-connections") && text.contains("Retry-After: ")
                                && text.contains("Connection: close"), text);
                    }
                }
                assertTrue(open <= 8, open + " of the flood's connections still open, past the bound of 8");
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
                for (Socket s : halfSent) {
                    s.close();
                }
            }
        }
    }

    /**
     * A connection whose request is in progress (its head read; a slow answer, a live stream, a body on its way, each
     * bounded by its own deadline) never makes way: past the bound with every place so held, a new connection is answered
     * 503 {@code too-many-connections} with {@code Retry-After} and closed before anything is read from it.
     */
    @Test
    void connectionsWithARequestInProgressKeepTheirPlaceAndTheNewOneIsRefused() throws Exception {
        release = new CountDownLatch(1);
        try (EmbeddedServer server = start(4, "60s")) {
            int port = server.getPort();
            ConnectionLimits limits = server.getApplicationContext().getBean(ConnectionLimits.class);
            List<Socket> held = new ArrayList<>();
            try {
                // given: three requests in progress and a half-sent head
                for (int i = 0; i < 3; i++) {
                    Socket s = new Socket("127.0.0.1", port);
                    s.getOutputStream().write(HELD.getBytes(StandardCharsets.US_ASCII));
                    held.add(s);
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> holding.get() == 3);
                try (Socket half = new Socket("127.0.0.1", port)) {
                    half.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 1".getBytes(StandardCharsets.US_ASCII));
                    await().atMost(Duration.ofSeconds(10)).until(() -> limits.open() == 4);
                    // when: a fifth connection comes, the half-sent head makes way for it, not a request in progress
                    try (Socket fifth = new Socket("127.0.0.1", port)) {
                        assertRouteAnswered(answer(fifth, HEALTH));
                    }
                    String text = readToEnd(half);
                    assertTrue(text != null && text.contains("/problems/too-many-connections"), String.valueOf(text));
                }
                // given: a fourth request in progress
                await().atMost(Duration.ofSeconds(10)).until(() -> limits.open() == 3);
                Socket fourth = new Socket("127.0.0.1", port);
                fourth.getOutputStream().write(HELD.getBytes(StandardCharsets.US_ASCII));
                held.add(fourth);
                await().atMost(Duration.ofSeconds(10)).until(() -> holding.get() == 4 && limits.open() == 4);
                // when: every place is held by a request in progress, a new connection is refused
                try (Socket refused = new Socket("127.0.0.1", port)) {
                    String text = answer(refused, null);
                    assertTrue(text.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), text);
                    assertTrue(text.contains("/problems/too-many-connections") && text.contains("Retry-After: ")
                            && text.contains("Connection: close"), text);
                }
                // then: the four requests in progress were never cut, and are answered once released
                release.countDown();
                for (Socket s : held) {
                    String text = answer(s, null);
                    assertTrue(text.startsWith("HTTP/1.1 200 ") && text.endsWith("released"), text);
                }
            } finally {
                release.countDown();
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    private static EmbeddedServer start(int maxConnections, String keepAlive) {
        Map<String, Object> props = new HashMap<>(Map.of("micronaut.server.port", -1, "tumen.security.token", TOKEN,
                "kafka.health.enabled", false, "micronaut.server.idle-timeout", "30m", "connection-limits-it", "true",
                "tumen.http.max-connections", maxConnections, "tumen.http.keep-alive-timeout", keepAlive,
                "tumen.http.header-timeout", "60s"));
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    /** Health is DOWN here, without a broker: any answer of the route, rather than a refusal, is the point. */
    private static void assertRouteAnswered(String text) {
        assertTrue(text.startsWith("HTTP/1.1 ") && text.contains("\"status\"") && !text.contains("/problems/"), text);
    }

    /** All the connection sends until it is closed, or null when it is still open after 1 s. */
    private static String readToEnd(Socket s) throws IOException {
        s.setSoTimeout(1_000);
        StringBuilder b = new StringBuilder();
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                b.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (SocketTimeoutException e) {
            return null;
        } catch (java.net.SocketException e) {
            // reset by the server after its answer
        }
        return b.toString();
    }

    /** Sends {@code request} (when given) and reads one answer's head and its body of Content-Length bytes. */
    private static String answer(Socket s, String request) throws IOException {
        s.setSoTimeout(10_000);
        if (request != null) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        }
        InputStream in = s.getInputStream();
        StringBuilder b = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) != -1) {
                b.append((char) c);
                int end = b.indexOf("\r\n\r\n");
                if (end >= 0) {
                    String head = b.substring(0, end).toLowerCase();
                    int at = head.indexOf("content-length:");
                    int length = at < 0 ? 0 : Integer.parseInt(head.substring(at + 15, head.indexOf("\r\n", at) < 0 ? head.length()
                            : head.indexOf("\r\n", at)).trim());
                    b.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            b.append("[timed out]");
        }
        return b.toString();
    }
}
