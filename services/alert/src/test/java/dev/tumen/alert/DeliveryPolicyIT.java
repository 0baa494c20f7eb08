package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Topics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery rules around failure that issue 5 names beyond plain retries: {@code Retry-After} on 429/503, the
 * automatic pause of an endpoint that keeps failing, manual replay of a dead-lettered delivery, and the delivery
 * log over HTTP. Real receivers on 127.0.0.1, the shared broker.
 */
@ExtendWith(KafkaExtension.class)
class DeliveryPolicyIT {
    /** The longest Retry-After honoured here: short enough for a test, far longer than the 300 ms first retry. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(4);

    private static AlertHarness harness;
    private static EmbeddedServer app;

    @BeforeAll
    static void start() {
        Map<String, Object> config = new HashMap<>(AlertHarness.fastRetries());
        config.put("tumen.alert.delivery.max-retry-after", MAX_RETRY_AFTER.toMillis() + "ms");
        harness = new AlertHarness(config);
        app = harness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static String token() {
        return "tok" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> subscribe(AlertHarness h, EmbeddedServer server, Receiver receiver, String token) {
        return h.subscribe(server, Map.of("name", "policy " + token, "url", receiver.url(), "minSeverity", "medium",
                "keywords", List.of(token)));
    }

    private static ArticleLabelled article(String token) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return Fixtures.article(id, Severity.HIGH, String.format("%016x", UUID.randomUUID().getMostSignificantBits()),
                "https://news.example/" + id, token);
    }

    private static JsonNode json(String s) {
        try {
            return Json.mapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode log(AlertHarness h, EmbeddedServer server, Object subscriptionId) {
        HttpResponse<String> r = h.call(server, "GET", "/subscriptions/" + subscriptionId + "/deliveries", null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body());
    }

    private static boolean paused(AlertHarness h, EmbeddedServer server, Object subscriptionId) {
        return json(h.call(server, "GET", "/subscriptions/" + subscriptionId, null).body()).get("paused").asBoolean();
    }

    private static long gapMillis(Receiver r) {
        return (r.requests().get(1).receivedNanos() - r.requests().get(0).receivedNanos()) / 1_000_000;
    }

    @Test
    void retryAfterOn429And503DelaysTheNextAttemptAndNobodyElse() throws Exception {
        AtomicReference<Instant> dateAnswered = new AtomicReference<>();
        try (Receiver healthy = Receiver.healthy();
             Receiver seconds = new Receiver(n -> n == 1 ? 429 : 200, n -> n == 1 ? Map.of("Retry-After", "1") : Map.of());
             Receiver date = new Receiver(n -> n == 1 ? 503 : 200, n -> {
                 if (n != 1) {
                     return Map.of();
                 }
                 // An HTTP-date has whole seconds: at least 2 s from now, at most 3 s.
                 Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);
                 dateAnswered.set(at);
                 return Map.of("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
             });
             Receiver capped = new Receiver(n -> n == 1 ? 429 : 200, n -> n == 1 ? Map.of("Retry-After", "3600") : Map.of())) {
            String token = token();
            subscribe(harness, app, healthy, token);
            Map<Receiver, Object> ids = new HashMap<>();
            for (Receiver r : List.of(seconds, date, capped)) {
                ids.put(r, subscribe(harness, app, r, token).get("id"));
            }
            ArticleLabelled a = article(token);
            harness.publish(a);

            await().atMost(Duration.ofSeconds(10)).until(() -> healthy.requests().size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> seconds.requests().size() == 2 && date.requests().size() == 2);
            // Served before any limited subscriber's retry, each of which waits out its Retry-After (1 s, 2-3 s, the
            // cap) counted from that subscriber's first attempt: an order, which a slow machine does not change, where a
            // bound by the clock on the healthy one's latency did.
            long healthyAt = healthy.requests().get(0).receivedNanos();
            for (Receiver limited : List.of(seconds, date)) {
                assertTrue(healthyAt < limited.requests().get(1).receivedNanos(), "nobody waited for the limited subscribers");
            }

            assertTrue(gapMillis(seconds) >= 1000, "Retry-After: 1 (seconds) honoured, not the 300 ms schedule: " + gapMillis(seconds));
            assertTrue(date.requests().get(1).receivedMillis() >= dateAnswered.get().toEpochMilli(),
                    "Retry-After as an HTTP-date honoured: retried at " + Instant.ofEpochMilli(date.requests().get(1).receivedMillis())
                            + ", asked for " + dateAnswered.get());

            // Retry-After: 3600 is honoured only up to tumen.alert.delivery.max-retry-after.
            await().atMost(MAX_RETRY_AFTER.plusSeconds(8)).until(() -> capped.requests().size() == 2);
            assertTrue(gapMillis(capped) >= MAX_RETRY_AFTER.toMillis(), "waited at least the cap: " + gapMillis(capped));
            assertTrue(healthyAt < capped.requests().get(1).receivedNanos(), "nobody waited for the limited subscribers");

            for (Receiver r : List.of(seconds, date, capped)) {
                List<Receiver.Request> got = r.requests();
                assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"), "same webhook-id on the retry");
                assertEquals(200, got.get(1).answered());
            }
            // Delivered once each: nothing further arrives, and each log shows the limited attempt then the delivery.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(15)).until(() ->
                    seconds.requests().size() == 2 && date.requests().size() == 2 && capped.requests().size() == 2
                            && healthy.requests().size() == 1);
            for (Receiver r : List.of(seconds, date, capped)) {
                int limitedWith = r == date ? 503 : 429;
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                    JsonNode log = log(harness, app, ids.get(r));
                    assertEquals(2, log.size(), log.toString());
                    assertEquals("delivered", log.get(0).get("outcome").asText());
                    assertEquals("retrying", log.get(1).get("outcome").asText());
                    assertEquals(limitedWith, log.get(1).get("status").asInt());
                });
            }
        }
    }

    @Test
    void anEndpointThatKeepsFailingIsPausedReceivesNothingAndCanBeResumed() throws Exception {
        Map<String, Object> config = new HashMap<>(AlertHarness.fastRetries());
        config.put("tumen.alert.delivery.auto-pause-after", "3s");
        AtomicBoolean recovered = new AtomicBoolean(false);
        AtomicInteger failuresAfterRecovery = new AtomicInteger(1);
        try (AlertHarness h = new AlertHarness(config);
             Receiver receiver = new Receiver(n -> !recovered.get() || failuresAfterRecovery.getAndDecrement() > 0 ? 500 : 200)) {
            EmbeddedServer server = h.start();
            String token = token();
            Object id = subscribe(h, server, receiver, token).get("id");
            // Alerts keep coming while the endpoint keeps failing; after 3 s of nothing but failures it is paused.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(700)).until(() -> {
                if (paused(h, server, id)) {
                    return true;
                }
                h.publish(article(token));
                return false;
            });
            // The log is read back from Kafka up to half a second late (KafkaClients.backgroundConsumer), so the pause
            // may be visible first.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode log = log(h, server, id);
                JsonNode why = null;
                for (JsonNode e : log) {
                    if (e.get("outcome").asText().equals("auto-paused")) {
                        why = e;
                    }
                }
                assertTrue(why != null, "the delivery log says why it was paused: " + log);
                assertTrue(why.get("error").asText().startsWith("failing since "), why.toString());
            });

            // Paused: no new alert and no pending retry reaches the endpoint.
            int before = settled(receiver);
            h.publish(article(token));
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().size() == before);

            // Resumed: the failing clock starts again, so one more failure does not pause it at once, and the alert arrives.
            recovered.set(true);
            assertEquals(200, h.call(server, "POST", "/subscriptions/" + id + "/resume", null).statusCode());
            ArticleLabelled after = article(token);
            h.publish(after);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().stream()
                    .anyMatch(r -> r.answered() == 200 && r.body().contains(after.id())));
            assertFalse(paused(h, server, id), "one failure right after a resume does not pause again");
        }
    }

    /** The request count once it has not changed for half a second (attempts already on the wire land first). */
    private static int settled(Receiver receiver) {
        AtomicInteger last = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> last.getAndSet(receiver.requests().size()) == receiver.requests().size());
        return last.get();
    }

    @Test
    void aDeadLetteredDeliveryIsReplayedUnderItsWebhookId() throws Exception {
        // fastRetries makes four attempts; all four fail, the replay succeeds.
        try (Receiver receiver = new Receiver(n -> n <= 4 ? 500 : 200)) {
            String token = token();
            Object id = subscribe(harness, app, receiver, token).get("id");
            harness.publish(article(token));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertEquals("exhausted", log(harness, app, id).path(0).path("outcome").asText()));
            assertEquals(4, receiver.requests().size());
            String webhookId = receiver.requests().get(0).header("webhook-id");
            String deliveryId = log(harness, app, id).get(0).get("deliveryId").asText();
            assertEquals(webhookId, deliveryId);

            List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(harness.prefix + Topics.deadLetter(Topics.DELIVERIES), 1,
                    Duration.ofMillis(300), Duration.ofSeconds(10), false).stream().filter(r -> id.equals(r.key())).toList();
            assertEquals(1, dead.size());
            assertTrue(CloudEvents.header(dead.get(0).headers(), DeadLetters.REASON).startsWith("attempts exhausted"));

            HttpResponse<String> replay = harness.call(app, "POST", "/subscriptions/" + id + "/deliveries/" + deliveryId + "/replay", null);
            assertEquals(202, replay.statusCode(), replay.body());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() == 5);
            assertEquals(webhookId, receiver.requests().get(4).header("webhook-id"), "the replay carries the original webhook-id");
            assertEquals(200, receiver.requests().get(4).answered());

            // The log over HTTP: every attempt with its status and latency, newest first.
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                JsonNode log = log(harness, app, id);
                assertEquals(List.of("delivered", "exhausted", "retrying", "retrying", "retrying"), log.findValuesAsText("outcome"));
                List<Integer> statuses = new java.util.ArrayList<>();
                for (JsonNode e : log) {
                    statuses.add(e.get("status").asInt());
                    assertTrue(e.get("latencyMs").asLong() >= 0, e.toString());
                    assertTrue(e.has("at"), e.toString());
                }
                assertEquals(List.of(200, 500, 500, 500, 500), statuses);
                assertEquals(List.of(1, 4, 3, 2, 1), log.findValuesAsText("attempt").stream().map(Integer::parseInt).toList());
            });
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().size() == 5);
        }
    }

    @Test
    void aDeliveredDeliveryIsReplayedUnderItsWebhookId() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            String token = token();
            Map<String, Object> created = subscribe(harness, app, receiver, token);
            Object id = created.get("id");
            assertTrue(created.get("createdAt") instanceof String && created.get("updatedAt") instanceof String,
                    "times are ISO-8601 strings over HTTP too: " + created);
            Instant.parse((String) created.get("createdAt"));
            harness.publish(article(token));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertEquals("delivered", log(harness, app, id).path(0).path("outcome").asText()));
            JsonNode delivered = log(harness, app, id).get(0);
            assertTrue(delivered.get("at").isTextual(), "the log's time is an ISO-8601 string: " + delivered);
            Instant.parse(delivered.get("at").asText());
            String deliveryId = delivered.get("deliveryId").asText();

            HttpResponse<String> replay = harness.call(app, "POST", "/subscriptions/" + id + "/deliveries/" + deliveryId + "/replay", null);
            assertEquals(202, replay.statusCode(), replay.body());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() == 2);
            assertEquals(deliveryId, receiver.requests().get(1).header("webhook-id"), "the replay carries the original webhook-id");
            assertEquals(receiver.requests().get(0).body(), receiver.requests().get(1).body(), "the same payload again");
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertEquals(List.of("delivered", "delivered"), log(harness, app, id).findValuesAsText("outcome")));
        }
    }

    @Test
    void aBadReplayRequestIsAProblem() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            Object id = subscribe(harness, app, receiver, token()).get("id");
            for (String path : List.of("/subscriptions/" + id + "/deliveries/msg_nosuchdelivery/replay",
                    "/subscriptions/sub_nosuchsubscription/deliveries/msg_nosuchdelivery/replay")) {
                HttpResponse<String> r = harness.call(app, "POST", path, null);
                assertEquals(404, r.statusCode(), r.body());
                assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
                assertEquals(404, json(r.body()).get("status").asInt());
            }
            assertTrue(receiver.requests().isEmpty());
        }
    }
}
