package dev.tumen.alert.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertHarness;
import dev.tumen.model.Json;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TrickleClient;
import dev.tumen.testkit.contract.ApiContract;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attack suite, resources class: a client that trickles its request headers one byte at a time, each byte well
 * inside every idle timeout, is answered 408 (problem+json, {@code Connection: close}) and cut off once the header
 * deadline has passed in total; a live stream, whose headers
 * came at once, stays open far longer than that.
 */
@ExtendWith(KafkaExtension.class)
class SlowHeadersIT {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static AlertHarness harness;
    private static EmbeddedServer app;

    @BeforeAll
    static void start() {
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.http.header-timeout", DEADLINE.toMillis() + "ms");
        harness = new AlertHarness(props);
        app = harness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void headersTrickledByteByByteAreCutOffAfterTheDeadline() throws Exception {
        for (String start : new String[] {"GET /subscriptions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", "G"}) {
            TrickleClient.Result trickled = TrickleClient.send(app.getPort(), start, (byte) 'a', Duration.ofSeconds(30));
            Duration took = trickled.took();
            assertTrue(trickled.closed(), "still open after " + took.toSeconds() + " s of trickled headers");
            // Not before the deadline (a lower bound no slow machine breaks). What cut it is told by the answer, not by an
            // upper bound on the clock: the header deadline answers 408 below, an idle timeout closes without a word, and
            // the client gives up only after 30 s.
            assertTrue(took.compareTo(DEADLINE) >= 0, "cut before the " + DEADLINE.toMillis() + " ms deadline, took " + took.toMillis() + " ms");
            String text = trickled.answer();
            assertTrue(text.startsWith("HTTP/1.1 408 Request Timeout\r\n"), "answered 408 before closing: " + text);
            assertTrue(text.contains("\r\nConnection: close\r\n") && text.contains("\r\nContent-Type: application/problem+json\r\n"),
                    text);
            String body = text.substring(text.indexOf("\r\n\r\n") + 4);
            var problem = Json.mapper().readTree(body);
            assertEquals(408, problem.get("status").asInt(), text);
            assertTrue(problem.get("type").asText().endsWith("/request-timeout"), text);
            // The answer does not depend on how much of the request came: checked as the answer to the operation
            // the first probe names, as a client of that operation would read it.
            ApiContract.check(URI.create("http://127.0.0.1:" + app.getPort() + "/subscriptions"), "GET", 408,
                    rawHeaders(text), body, "/openapi/alert.yml");
        }
        assertEquals(200, harness.call(app, "GET", "/subscriptions", null).statusCode(), "the service still answers");
    }

    @Test
    void aLiveStreamOutlivesTheHeaderDeadlineAndSoDoesAKeptAliveConnection() throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.getPort())) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write("GET /stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] head = new byte[12];
            int n = in.readNBytes(head, 0, head.length);
            assertEquals("HTTP/1.1 200", new String(head, 0, n, StandardCharsets.US_ASCII));
            AtomicBoolean closed = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try {
                    while (in.read() != -1) {
                        // keep-alive comments and events
                    }
                } catch (IOException ignored) {
                    // closed below
                }
                closed.set(true);
            });
            reader.setDaemon(true);
            reader.start();
            await().during(DEADLINE.multipliedBy(2)).atMost(DEADLINE.multipliedBy(2).plusSeconds(10)).until(() -> !closed.get());
        }
        try (Socket s = new Socket("127.0.0.1", app.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write("GET /subscriptions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(readHead(in).startsWith("HTTP/1.1 200"));
            // Idle between requests is the idle timeout's business, not the header deadline's.
            await().pollDelay(DEADLINE.multipliedBy(2)).atMost(DEADLINE.multipliedBy(3)).until(() -> true);
            out.write("GET /subscriptions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(readHead(in).contains("HTTP/1.1 200"), "the kept-alive connection serves the next request");
        }
    }

    /** The header fields of a raw HTTP/1.1 response, by name. */
    private static Map<String, List<String>> rawHeaders(String response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /** Reads up to the end of a response's headers (and whatever of the body came with them). */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            b.append((char) c);
            if (b.toString().contains("\r\n\r\n")) {
                break;
            }
        }
        return b.toString();
    }
}
