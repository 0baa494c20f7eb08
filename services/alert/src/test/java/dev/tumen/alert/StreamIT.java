package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.broker.test.KafkaExtension;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
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

        Client(EmbeddedServer server, String query, String lastEventId) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/stream" + query))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            response = http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> {
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

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    private static ArticleLabelled story(Severity severity) {
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
                await().atMost(Duration.ofSeconds(5)).until(() -> client.status == 200);
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
            }
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ArticleLabelled a = story(Severity.CRITICAL);
                harness.publish(a);
                missed.add(a.id());
            }
            try (Client resumed = new Client(two, "?minSeverity=high", lastId)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> resumed.events.size() >= 2);
                await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> resumed.events.size() == 2);
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
        }
    }
}
