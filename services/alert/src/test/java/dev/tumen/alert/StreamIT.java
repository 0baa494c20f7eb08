package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.ApiContract;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import io.micronaut.runtime.server.EmbeddedServer;
import dev.tumen.alert.delivery.Alert;
import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.alert.stream.StreamHub;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.Topics;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SSE live stream: filters, and resuming after a disconnect with Last-Event-ID, on another instance. */
@ExtendWith(KafkaExtension.class)
class StreamIT {
    private final HttpClient http = HttpClient.newHttpClient();

    /** One SSE event as parsed from the wire. */
    record Sse(String id, String event, String data) {
    }

    /** Reads events from {@code /stream} into a list until cancelled. */
    final class Client implements AutoCloseable {
        final List<Sse> events = new CopyOnWriteArrayList<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;
        volatile int status;

        volatile HttpHeaders headers;
        private final URI uri;

        Client(EmbeddedServer server, String query, String lastEventId) {
            this(server, query, lastEventId, Map.of());
        }

        Client(EmbeddedServer server, String query, String lastEventId, Map<String, String> extraHeaders) {
            uri = URI.create("http://127.0.0.1:" + server.getPort() + "/stream" + query);
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            extraHeaders.forEach(b::header);
            response = http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> {
                headers = r.headers();
                status = r.statusCode();
                String[] current = new String[3];
                r.body().forEach(line -> {
                    if (line.isEmpty()) {
                        if (current[2] != null) {
                            events.add(new Sse(current[0], current[1], current[2]));
                        }
                        current[0] = current[1] = current[2] = null;
                    } else if (line.startsWith("id:")) {
                        current[0] = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        current[1] = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        current[2] = line.substring(5).trim();
                    }
                });
            });
        }

        /** Every event read so far is checked against the served OpenAPI description as the client closes. */
        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
            if (headers != null) {
                ApiContract.checkEvents(uri, status, headers.firstValue("Content-Type").orElse(null),
                        events.stream().map(Sse::data).toList(), "/openapi/alert.yml");
            }
        }
    }

    static ArticleLabelled story(Severity severity) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return Fixtures.article(id, severity, String.format("%016x", UUID.randomUUID().getMostSignificantBits()), "https://n.example/" + id);
    }

    private static String articleId(Sse e) throws Exception {
        JsonNode n = Json.mapper().readTree(e.data());
        return n.get("data").get("article").get("id").asText();
    }

    @Test
    void resumesAfterTheLastEventIdOnAnotherInstance() throws Exception {
        try (AlertHarness harness = new AlertHarness(AlertHarness.fastRetries())) {
            EmbeddedServer one = harness.start();
            EmbeddedServer two = harness.start();
            List<String> sent = new ArrayList<>();
            String lastId;
            try (Client client = new Client(one, "?minSeverity=high", null)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> client.status == 200);
                // A record that is not a stream event: each reader dead-letters it and serves the events behind it.
                try (var producer = dev.tumen.testkit.TestKafka.producer()) {
                    producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(harness.prefix + dev.tumen.model.Topics.STREAM,
                            "story_poison", "{not json".getBytes(StandardCharsets.UTF_8))).get();
                }
                for (int i = 0; i < 3; i++) {
                    ArticleLabelled a = story(Severity.HIGH);
                    harness.publish(a);
                    sent.add(a.id());
                }
                harness.publish(story(Severity.MEDIUM));
                await().atMost(Duration.ofSeconds(10)).until(() -> client.events.size() >= 3);
                assertEquals("alert.created", client.events.get(0).event());
                List<String> got = new ArrayList<>();
                for (Sse e : client.events) {
                    got.add(articleId(e));
                }
                assertEquals(sent.stream().sorted().toList(), got.stream().sorted().toList(), "medium is filtered out");
                lastId = client.events.get(client.events.size() - 1).id();
                await().atMost(Duration.ofSeconds(10)).until(() -> one.getApplicationContext()
                        .getBean(io.micrometer.core.instrument.MeterRegistry.class).find("tumen.kafka.dead.letters")
                        .tags("loop", "stream", "reason", "malformed").counter().count() == 1.0);
                // Each instance reads the whole stream, so each dead-letters it once, with the reason.
                var dead = TestKafka.read(harness.prefix + Topics.STREAM + ".dlt", 2,
                        Duration.ofMillis(500), Duration.ofSeconds(20), false);
                assertEquals(List.of("story_poison", "story_poison"), dead.stream().map(r -> r.key()).toList());
                assertTrue(new String(dead.get(0).headers().lastHeader("tumen.dlt.reason").value(), StandardCharsets.UTF_8)
                        .contains("not valid JSON"));
            }
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ArticleLabelled a = story(Severity.CRITICAL);
                harness.publish(a);
                missed.add(a.id());
            }
            try (Client resumed = new Client(two, "?minSeverity=high", lastId)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> resumed.events.size() >= 2);
                await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(15)).until(() -> resumed.events.size() == 2);
                List<String> got = new ArrayList<>();
                for (Sse e : resumed.events) {
                    got.add(articleId(e));
                    assertTrue(Long.parseLong(e.id()) > Long.parseLong(lastId));
                }
                assertEquals(missed.stream().sorted().toList(), got.stream().sorted().toList(),
                        "exactly the events after Last-Event-ID, nothing seen before");
            }
            HttpResponse<String> bad = harness.call(one, "GET", "/stream?minSeverity=extreme", null);
            assertEquals(400, bad.statusCode());
            assertTrue(bad.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
            // A filter that could never match, a typo, a boolean that is neither: named, not an empty stream.
            for (String[] probe : new String[][] {{"?languages=english", "invalid-filter"}, {"?minSeverty=high", "unknown-parameter"},
                    {"?named=maybe", "invalid-parameter"}}) {
                HttpResponse<String> refused = harness.call(one, "GET", "/stream" + probe[0], null);
                assertEquals(400, refused.statusCode(), probe[0] + " " + refused.body());
                assertTrue(refused.body().contains("/problems/" + probe[1] + "\""), probe[0] + " " + refused.body());
            }
        }
    }

    /** A connection that asks for the stream and then never reads: the worst client a server can have. */
    private static Socket idleClient(EmbeddedServer server) throws Exception {
        Socket s = new Socket();
        // A small receive window, so the kernel holds little and the server sees the backlog quickly.
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 5000);
        s.getOutputStream().write(("GET /stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    private static StreamEvent bulky(long n) {
        ArticleLabelled a = story(Severity.HIGH);
        String filler = "Pyongyang and Moscow signed a treaty; the pact includes mutual defence. ".repeat(7);
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            evidence.add(filler + i);
        }
        ArticleLabelled big = new ArticleLabelled(a.id(), a.url(), a.source(), a.title(), a.lang(), a.published(), a.receivedAt(),
                a.labelledAt(), filler.repeat(20), true, 0.9, Severity.HIGH, a.categories(), a.actors(), evidence, a.model(), a.fingerprint());
        return new StreamEvent("alert.created", Instant.now(), big, new Alert.StoryRef("story_" + n, 1), null);
    }

    @Test
    void anOpenStreamHoldsNoRequestSlot() throws Exception {
        // Requests are counted against tumen.http.max-pending-requests until their response starts; a stream that
        // held its slot for hours would, two streams on, refuse every subscription call with 503.
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.http.max-pending-requests", 2);
        try (AlertHarness harness = new AlertHarness(props)) {
            EmbeddedServer server = harness.start();
            StreamHub hub = server.getApplicationContext().getBean(StreamHub.class);
            List<Client> clients = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    clients.add(new Client(server, "", null));
                }
                await().atMost(Duration.ofSeconds(15)).until(() -> hub.connected() == 4);
                HttpResponse<String> list = harness.call(server, "GET", "/subscriptions", null);
                assertEquals(200, list.statusCode(), list.body());
                assertTrue(harness.call(server, "GET", "/prometheus", null).body().contains("tumen_http_requests_pending 0.0"));
            } finally {
                clients.forEach(Client::close);
            }
        }
    }

    @Test
    void refusesClientsPastTheMaximumAndDropsThoseThatDoNotRead() throws Exception {
        int max = 40;
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.alert.stream.max-clients", max);
        props.put("tumen.alert.stream.client-buffer", 16);
        props.put("tumen.alert.stream.retry-after", "3s");
        try (AlertHarness harness = new AlertHarness(props)) {
            EmbeddedServer server = harness.start();
            StreamHub hub = server.getApplicationContext().getBean(StreamHub.class);
            String metrics = harness.call(server, "GET", "/prometheus", null).body();
            for (String zero : List.of("tumen_alert_stream_clients 0.0", "tumen_alert_stream_clients_dropped_total 0.0",
                    "tumen_alert_stream_clients_refused_total 0.0", "tumen_alert_stream_events_sent_total 0.0")) {
                assertTrue(metrics.contains(zero), "registered at zero on start-up: " + zero);
            }
            long baseline = usedHeapAfterGc();
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < max; i++) {
                    idle.add(idleClient(server));
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> hub.connected() == max);

                HttpResponse<String> refused = harness.call(server, "GET", "/stream", null);
                assertEquals(503, refused.statusCode());
                assertEquals("3", refused.headers().firstValue("Retry-After").orElse(null));
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("application/problem+json"));
                JsonNode problem = Json.mapper().readTree(refused.body());
                assertTrue(problem.get("type").asText().endsWith("too-many-stream-clients"), refused.body());
                assertEquals(503, problem.get("status").asInt());

                // ~6 KB per SSE event, 3,000 of them: unbounded buffering would hold ~18 MB per idle client (~700 MB).
                try (KafkaProducer<String, byte[]> producer = TestKafka.producer()) {
                    for (long n = 0; n < 3000; n++) {
                        producer.send(new ProducerRecord<>(harness.prefix + Topics.STREAM, "story_" + n, Json.bytes(bulky(n))));
                    }
                    producer.flush();
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> hub.dropped() == max);
                assertEquals(0, hub.connected());
                long grown = usedHeapAfterGc() - baseline;
                System.out.printf("stream flood: %d idle clients, 3000 events of ~6 KB: heap grew %.1f MB, %d dropped, %d queued%n",
                        max, grown / 1e6, hub.dropped(), hub.queued());
                assertTrue(grown < 150_000_000, "heap grew " + grown + " bytes with " + max + " idle clients");

                // A dropped client's connection is closed: draining it ends.
                Socket first = idle.get(0);
                first.setSoTimeout(10_000);
                InputStream in = first.getInputStream();
                byte[] buf = new byte[65536];
                while (in.read(buf) >= 0) {
                    // drain until the server's close
                }
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }
            metrics = harness.call(server, "GET", "/prometheus", null).body();
            assertTrue(metrics.contains("tumen_alert_stream_clients_dropped_total " + max + ".0"), "dropped clients are counted");
            assertTrue(metrics.contains("tumen_alert_stream_clients_refused_total 1.0"), "refused clients are counted");

            try (Client client = new Client(server, "", null)) {
                await().atMost(Duration.ofSeconds(15)).until(() -> client.status == 200);
            }
        }
    }

    @Test
    void servesABrowserOnAnotherOriginPreflightThenUnnamedEventsThenResume() throws Exception {
        String token = "stream-it-token-0123456789abcdefghijklmnop";
        String origin = "http://localhost:5173";
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.alert.stream.cors.allowed-origins", origin + ", https://dash.example");
        props.put("tumen.security.token", token);
        try (AlertHarness harness = new AlertHarness(props)) {
            EmbeddedServer server = harness.start();
            Map<String, String> browser = Map.of("Origin", origin, "Authorization", "Bearer " + token);

            // given: three events the dashboard saw, unnamed so EventSource.onmessage receives them
            List<String> sent = new ArrayList<>();
            List<Sse> seen;
            try (Client first = new Client(server, "?minSeverity=high&named=false", null, browser)) {
                // The first request of a fresh instance on a busy CI machine can take seconds.
                await().atMost(Duration.ofSeconds(30)).until(() -> first.status != 0);
                assertEquals(200, first.status, () -> first.headers.map().toString());
                assertEquals(origin, first.headers.firstValue("Access-Control-Allow-Origin").orElse(null));
                for (int i = 0; i < 3; i++) {
                    ArticleLabelled a = story(Severity.HIGH);
                    harness.publish(a);
                    sent.add(a.id());
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> first.events.size() >= 3);
                seen = List.copyOf(first.events);
            }
            for (Sse e : seen) {
                assertEquals(null, e.event(), "no event name: onmessage gets it");
                assertEquals("alert.created", Json.mapper().readTree(e.data()).get("type").asText(), "the type is in the data");
            }

            // when: the browser's preflight, without credentials
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                            + "/stream?minSeverity=high&named=false"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "last-event-id, authorization")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, preflight.statusCode(), preflight.body());
            assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
            String allowed = String.join(",", preflight.headers().allValues("Access-Control-Allow-Headers")).toLowerCase();
            assertTrue(allowed.contains("last-event-id") && allowed.contains("authorization"), allowed);
            ApiContract.check(preflight, "/openapi/alert.yml");

            HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/stream"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://localhost:6666")
                    .header("Access-Control-Request-Method", "GET")
                    .build(), HttpResponse.BodyHandlers.ofString());
            // Micronaut lets a preflight from an unknown origin through without CORS headers (then the token filter
            // answers 401): the browser refuses either way.
            assertTrue(stranger.statusCode() >= 400, "an origin not configured is refused: " + stranger.statusCode());
            assertTrue(stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            ApiContract.check(stranger, "/openapi/alert.yml");

            // then: the reconnect with Last-Event-ID gets exactly what came after it, with CORS headers
            try (Client resumed = new Client(server, "?minSeverity=high&named=false", seen.get(0).id(), browser)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> resumed.events.size() >= 2);
                assertEquals(origin, resumed.headers.firstValue("Access-Control-Allow-Origin").orElse(null));
                List<String> got = new ArrayList<>();
                for (Sse e : resumed.events) {
                    got.add(articleId(e));
                }
                assertEquals(List.of(articleId(seen.get(1)), articleId(seen.get(2))), got);
            }

            // and an id past the end starts at the end, not at the beginning
            try (Client future = new Client(server, "?minSeverity=high", "999999999", browser)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> future.status == 200);
                ArticleLabelled next = story(Severity.CRITICAL);
                harness.publish(next);
                await().atMost(Duration.ofSeconds(10)).until(() -> !future.events.isEmpty());
                assertEquals(List.of(next.id()), future.events.stream().map(e -> {
                    try {
                        return articleId(e);
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                }).toList());
                assertEquals("alert.created", future.events.get(0).event(), "named by default");
            }
            assertEquals(401, harness.call(server, "GET", "/stream", null).statusCode(), "the token is still required");
        }
    }
}
