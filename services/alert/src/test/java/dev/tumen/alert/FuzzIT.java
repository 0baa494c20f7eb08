package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.delivery.Alert;
import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.alert.story.StoryGrouping;
import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.testkit.Fuzz;
import dev.tumen.testkit.AnswerHeads;
import dev.tumen.testkit.HeaderGrammar;
import dev.tumen.testkit.contract.ApiContract;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import dev.tumen.model.Topics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input at every edge of alert: random and mutated bodies, ids, query parameters and headers at the
 * subscription API and the live stream, and junk records on every topic it reads (articles, subscriptions, stories,
 * the delivery log, the retry tiers, the stream). Seeded: the seed is printed, {@code -Dtumen.fuzz.seed=N} replays.
 */
@ExtendWith(KafkaExtension.class)
class FuzzIT {
    private static final String TOKEN = "fuzz-token-0123456789";
    private static final int HTTP_CASES = 400;
    private static final int JUNK_RECORDS = 60;

    private static Fuzz fuzz;
    private static AlertHarness harness;
    private static EmbeddedServer server;
    private static Fuzz.Http http;
    private static Receiver receiver;
    private static String subscriptionId;
    private static String keyword;

    /** An endpoint: method, path (may vary per call), its proper content type and valid bodies. */
    private record Endpoint(String method, Supplier<String> path, String contentType, List<byte[]> valid) {
    }

    @BeforeAll
    static void start() throws Exception {
        fuzz = Fuzz.seeded("alert");
        receiver = Receiver.healthy();
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.security.token", TOKEN);
        harness = new AlertHarness(props);
        server = harness.start();
        http = fuzz.http("http://127.0.0.1:" + server.getPort(), "/openapi/alert.yml");
        keyword = "fuzz" + UUID.randomUUID().toString().substring(0, 8);
        Fuzz.Response created = send("POST", "/subscriptions", "application/json", subscriptionBody());
        assertEquals(201, created.status(), created.body());
        subscriptionId = Json.mapper().readTree(created.body()).get("id").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private static byte[] subscriptionBody() {
        return utf8(Json.string(Map.of("name", "desk", "url", receiver.url(), "format", "json", "minSeverity", "low",
                "categories", List.of("military"), "languages", List.of("en"), "keywords", List.of(keyword))));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Fuzz.Response send(String method, String path, String contentType, byte[] body) {
        return http.send(method, path, contentType, Map.of("Authorization", "Bearer " + TOKEN), body);
    }

    private static String id() {
        return !fuzz.forcing() && fuzz.random.nextBoolean() ? subscriptionId : fuzz.pathId();
    }

    private static ArticleLabelled article() {
        String id = UUID.randomUUID().toString().replace("-", "");
        return Fixtures.article(id, Severity.HIGH, String.format("%016x", UUID.randomUUID().getLeastSignificantBits()),
                "https://n.example/" + id, keyword);
    }

    @Test
    void theApiAnswersBadInputWithAProblemAndKeepsWorking() throws Exception {
        byte[] patch = utf8("{\"minSeverity\":\"medium\",\"keywords\":[\"" + keyword + "\"]}");
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", () -> "/subscriptions", "application/json", List.of(subscriptionBody())),
                new Endpoint("PUT", () -> "/subscriptions/" + id(), "application/json", List.of(subscriptionBody())),
                new Endpoint("PATCH", () -> "/subscriptions/" + id(), "application/merge-patch+json", List.of(patch)),
                new Endpoint("GET", () -> "/subscriptions/" + id(), null, List.of(new byte[0])),
                new Endpoint("POST", () -> "/subscriptions/" + id() + "/" + fuzz.pick(List.of("pause", "resume", fuzz.pathId())), null,
                        List.of(new byte[0])),
                new Endpoint("DELETE", () -> "/subscriptions/" + fuzz.pathId(), null, List.of(new byte[0])),
                new Endpoint("POST", () -> "/subscriptions/" + id() + "/secret/rotate?keepPrevious=" + fuzz.queryValue(), null,
                        List.of(new byte[0])),
                new Endpoint("DELETE", () -> "/subscriptions/" + id() + "/secret/previous", null, List.of(new byte[0])),
                new Endpoint("GET", () -> "/subscriptions/" + id() + "/deliveries?limit=" + fuzz.pick(List.of("1", "500", "0", "501",
                        "-1", "x", "99999999999", fuzz.queryValue())), null, List.of(new byte[0])),
                new Endpoint("POST", () -> "/subscriptions/" + id() + "/deliveries/" + fuzz.pathId() + "/replay", null, List.of(new byte[0])),
                new Endpoint("GET", () -> "/stream?minSeverity=" + fuzz.queryValue() + "&categories=" + fuzz.queryValue() + "&languages="
                        + fuzz.queryValue() + "&sources=" + fuzz.queryValue() + "&keywords=" + fuzz.queryValue(), null, List.of(new byte[0])),
                new Endpoint(fuzz.pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS")), () -> fuzz.pick(List.of("/subscriptions", "/stream")),
                        "application/json", List.of(subscriptionBody())));
        long t0 = System.nanoTime();
        for (int i = 0; i < HTTP_CASES; i++) {
            Endpoint e = endpoints.get(fuzz.random.nextInt(endpoints.size()));
            String contentType = fuzz.random.nextInt(10) < 7 ? e.contentType() : fuzz.contentType();
            Map<String, String> headers = fuzz.headers(TOKEN);
            byte[] body = e.method().equals("GET") ? null : fuzz.random.nextInt(10) < 8 ? fuzz.body(e.valid()) : e.valid().get(0);
            Fuzz.assertWellBehaved(http.send(e.method(), e.path().get(), contentType, headers, body));
        }
        System.out.printf("FUZZ alert: %d HTTP cases in %d ms%n", HTTP_CASES, (System.nanoTime() - t0) / 1_000_000);
        // Every hostile path id, query value and body on every route that reads one, whatever the seed (session 51).
        long t1 = System.nanoTime();
        int swept = fuzz.everyValueOnEveryRoute(endpoints, e -> Fuzz.assertWellBehaved(http.send(e.method(), e.path().get(),
                e.contentType(), Map.of("Authorization", "Bearer " + TOKEN), e.method().equals("GET") ? null : fuzz.body(e.valid()))));
        System.out.printf("FUZZ alert: %d cases of every value on every route in %d ms%n", swept, (System.nanoTime() - t1) / 1_000_000);

        assertEquals(200, http.send("GET", "/health", null, Map.of(), null).status());
        Fuzz.Response created = send("POST", "/subscriptions", "application/json", subscriptionBody());
        assertEquals(201, created.status(), created.body());
        assertEquals(200, send("GET", "/subscriptions/" + subscriptionId, null, null).status());
    }

    /**
     * Every request header at its grammar's edges ({@link HeaderGrammar}: review of session 49) on every route: never a
     * 5xx, every refusal problem+json. Bodies that bind and are then refused, so nothing is created or changed.
     */
    @Test
    void everyRouteAnswersHostileHeaderGrammarWithoutA5xx() {
        String sub = "/subscriptions/" + subscriptionId;
        List<HeaderGrammar.Route> routes = List.of(
                new HeaderGrammar.Route("GET", "/subscriptions", null, null),
                new HeaderGrammar.Route("POST", "/subscriptions", "application/json", "{\"name\":\"only a name\"}"),
                new HeaderGrammar.Route("GET", sub, null, null),
                new HeaderGrammar.Route("PUT", "/subscriptions/sub_nothing", "application/json", "{\"name\":\"n\"}"),
                new HeaderGrammar.Route("PATCH", sub, "application/merge-patch+json", "{\"minSeverity\":\"bogus\"}"),
                new HeaderGrammar.Route("DELETE", "/subscriptions/sub_nothing", null, null),
                new HeaderGrammar.Route("POST", "/subscriptions/sub_nothing/pause", null, null),
                new HeaderGrammar.Route("GET", sub + "/deliveries?limit=5", null, null),
                new HeaderGrammar.Route("GET", "/stream?minSeverity=high", null, null),
                new HeaderGrammar.Route("OPTIONS", "/subscriptions", null, null));
        HeaderGrammar.assertNone(HeaderGrammar.sweep(server.getPort(), routes, TOKEN));
    }

    /**
     * Every status's answer carries the headers every answer does, the management paths' included, and no answer is in a
     * charset {@code Accept-Charset} names (review of session 50: {@link AnswerHeads}).
     */
    @Test
    void everyStatusAnswersWithTheSharedHeadersAndInUtf8() {
        HeaderGrammar.assertNone(AnswerHeads.probe(server.getPort(), TOKEN, new HeaderGrammar.Route("POST", "/subscriptions",
                "application/json", "{}"), List.of("/health", "/health/liveness", "/prometheus", "/openapi/alert.yml", "/info",
                "/subscriptions", "/subscriptions/" + subscriptionId, "/nothing-here")));
        HeaderGrammar.assertNone(AnswerHeads.acceptCharsetDisregarded(server.getPort(), TOKEN, "POST", "/subscriptions",
                AnswerHeads.CYRILLIC_FIELD));
    }

    @Test
    void junkOnEveryConsumedTopicIsDeadLetteredAndAlertsStillFlow() throws Exception {
        ArticleLabelled sample = article();
        Subscription sub = Fixtures.subscription("sub_fuzz", Severity.LOW);
        Instant now = Instant.now();
        DeliveryTask task = new DeliveryTask("msg_fuzz", sub.id(), StoryGrouping.CREATED, "json", "{\"a\":1}", sample.id(), "story_x",
                sample.url(), sample.title(), Severity.HIGH, List.of(), List.of("e"), now, now, 1, now, now, null);
        byte[] attempt = Json.bytes(new DeliveryAttempt("msg_fuzz", sub.id(), sample.id(), StoryGrouping.CREATED, 1, "delivered", 200, 12,
                now, null, "ok", null, task));
        byte[] story = Json.bytes(StoryGrouping.apply(null, sample, List.of(sub), now).story());
        byte[] event = Json.bytes(new StreamEvent(StoryGrouping.CREATED, now, sample, new Alert.StoryRef("story_x", 1), null));
        String p = harness.prefix;
        List<String> retryTiers = List.of(p + Topics.deliveryRetry(1), p + Topics.deliveryRetry(3));
        Map<String, List<byte[]>> tables = Map.of(p + Topics.SUBSCRIPTIONS, List.of(Json.bytes(sub)), p + Topics.STORIES, List.of(story));
        Map<String, List<byte[]>> streams = new HashMap<>(Map.of(harness.articles(), List.of(Json.bytes(sample)),
                p + Topics.DELIVERIES, List.of(attempt)));
        retryTiers.forEach(t -> streams.put(t, List.of(Json.bytes(task))));

        try (KafkaProducer<byte[], byte[]> producer = Fuzz.rawProducer(); Sse sse = new Sse()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> sse.status == 200);
            fuzz.sendJunk(producer, p + Topics.STREAM, JUNK_RECORDS, List.of(event), true);
            Map<String, List<ProducerRecord<byte[], byte[]>>> sent = new HashMap<>();
            tables.forEach((topic, valid) -> sent.put(topic, fuzz.sendJunk(producer, topic, JUNK_RECORDS, valid, false)));
            streams.forEach((topic, valid) -> sent.put(topic, fuzz.sendJunk(producer, topic, JUNK_RECORDS, valid, true)));
            sent.forEach((topic, records) -> Fuzz.assertDeadLettered(records, Topics.deadLetter(topic), false, Duration.ofSeconds(60)));

            // Not stuck, nothing crashed: a good article after all that junk is alerted, streamed and logged.
            ArticleLabelled good = article();
            harness.publish(good);
            await().atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().stream().anyMatch(r -> r.body().contains(good.id())));
            await().atMost(Duration.ofSeconds(15)).until(() -> sse.data.stream().anyMatch(d -> d.contains(good.id())));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Fuzz.Response log = send("GET", "/subscriptions/" + subscriptionId + "/deliveries", null, null);
                assertTrue(log.body().contains(good.id()), log.body());
            });
            // The good subscription record written straight to the topic after the junk was applied too.
            producer.send(new ProducerRecord<>(p + Topics.SUBSCRIPTIONS, utf8("sub_after_junk"),
                    Json.bytes(Fixtures.subscription("sub_after_junk", Severity.HIGH)))).get();
            await().atMost(Duration.ofSeconds(10)).until(() -> send("GET", "/subscriptions/sub_after_junk", null, null).status() == 200);
        }
        Fuzz.Response health = http.send("GET", "/health", null, Map.of(), null);
        assertEquals(200, health.status(), health.body());
    }

    /** A live-stream client collecting the data of every event, checked against the served description as it closes. */
    private static final class Sse implements AutoCloseable {
        final List<String> data = new CopyOnWriteArrayList<>();
        volatile int status;
        private volatile String contentType;
        private final URI uri = URI.create("http://127.0.0.1:" + server.getPort() + "/stream?minSeverity=low");
        private final CompletableFuture<HttpResponse<Stream<String>>> response;
        private final List<Stream<String>> bodies = new ArrayList<>();

        Sse() {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + TOKEN).build();
            response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> {
                contentType = r.headers().firstValue("Content-Type").orElse(null);
                status = r.statusCode();
                bodies.add(r.body());
                r.body().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).trim()).forEach(data::add);
            });
        }

        @Override
        public void close() {
            bodies.forEach(Stream::close);
            response.cancel(true);
            if (status != 0) {
                ApiContract.checkEvents(uri, status, contentType, data, "/openapi/alert.yml");
            }
        }
    }
}
