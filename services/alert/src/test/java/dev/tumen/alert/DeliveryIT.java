package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.alert.delivery.Signer;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.AlertDelivered;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Topics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deliveries against real receivers on 127.0.0.1, one alert instance, the shared broker. */
@ExtendWith(KafkaExtension.class)
class DeliveryIT {
    /** The harness's attempt timeout ({@code tumen.alert.delivery.timeout} of {@link AlertHarness#fastRetries()}). */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(1);

    private static AlertHarness harness;
    private static EmbeddedServer app;

    @BeforeAll
    static void start() {
        harness = new AlertHarness(AlertHarness.fastRetries());
        app = harness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static String token() {
        return "tok" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> subscribe(Receiver receiver, String token, String format) {
        return harness.subscribe(app, Map.of("name", "test " + token, "url", receiver.url(), "format", format, "minSeverity", "medium",
                "keywords", List.of(token)));
    }

    private static ArticleLabelled article(Severity severity, String token) {
        String id = UUID.randomUUID().toString().replace("-", "");
        String fp = String.format("%016x", UUID.randomUUID().getMostSignificantBits());
        return Fixtures.article(id, severity, fp, "https://news.example/" + id, token);
    }

    private static JsonNode json(String s) {
        try {
            return Json.mapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeletedSubscriptionLeavesNoQueueSeriesOrLogBehind() throws Exception {
        // Create, deliver, delete, again: each turn used to leave its delivery queue, its metric series and its log.
        var engine = app.getApplicationContext().getBean(dev.tumen.alert.delivery.DeliveryEngine.class);
        int lanesBefore = engine.lanesHeld();
        List<String> ids = new java.util.ArrayList<>();
        try (Receiver receiver = Receiver.healthy()) {
            for (int i = 0; i < 55; i++) {
                String token = token();
                Map<String, Object> sub = subscribe(receiver, token, "json");
                ids.add((String) sub.get("id"));
                harness.publish(article(Severity.HIGH, token));
                int expected = i + 1;
                await().atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().size() == expected);
                await().atMost(Duration.ofSeconds(15)).until(() -> harness.call(app, "GET", "/subscriptions/" + sub.get("id") + "/deliveries",
                        null).body().contains("delivered"));
                assertEquals(204, harness.call(app, "DELETE", "/subscriptions/" + sub.get("id"), null).statusCode());
            }
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertTrue(engine.lanesHeld() <= lanesBefore, engine.lanesHeld() + " queues held, " + lanesBefore + " before");
            String metrics = harness.call(app, "GET", "/prometheus", null).body();
            for (String id : ids) {
                assertFalse(metrics.contains(id), id + " still has series");
            }
        });
        for (String id : ids) {
            assertEquals(404, harness.call(app, "GET", "/subscriptions/" + id + "/deliveries", null).statusCode());
        }
    }

    @Test
    void deliversASignedAlertTheReceiverVerifies() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            String token = token();
            Map<String, Object> sub = subscribe(receiver, token, "json");
            String secret = (String) sub.get("secret");
            assertTrue(secret.startsWith("whsec_"));
            ArticleLabelled a = article(Severity.HIGH, token);
            harness.publish(a);

            await().atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().size() == 1);
            Receiver.Request r = receiver.requests().get(0);
            assertTrue(Signer.verify(secret, r.header("webhook-id"), Long.parseLong(r.header("webhook-timestamp")), r.body(),
                    r.header("webhook-signature")), "signature verifies with the secret from creation");
            assertEquals("application/json", r.header("Content-Type"));
            JsonNode body = json(r.body());
            assertEquals("alert.created", body.get("type").asText());
            assertEquals(sub.get("id"), body.get("data").get("subscriptionId").asText());
            assertEquals(a.id(), body.get("data").get("article").get("id").asText());
            assertEquals(1, body.get("data").get("story").get("outlets").asInt());

            List<ConsumerRecord<String, byte[]>> alerts = TestKafka.read(harness.prefix + Topics.ALERTS, 1, Duration.ofMillis(300),
                    Duration.ofSeconds(10), true).stream().filter(x -> sub.get("id").equals(x.key())).toList();
            assertEquals(1, alerts.size());
            AlertDelivered delivered = Json.read(alerts.get(0).value(), AlertDelivered.class);
            assertEquals(r.header("webhook-id"), delivered.deliveryId());
            assertEquals(200, delivered.status());
            assertEquals(CloudEvents.TYPE_ALERT_DELIVERED, CloudEvents.header(alerts.get(0).headers(), "ce_type"));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                JsonNode log = json(harness.call(app, "GET", "/subscriptions/" + sub.get("id") + "/deliveries", null).body());
                assertEquals("delivered", log.get(0).get("outcome").asText());
                assertEquals(200, log.get(0).get("status").asInt());
                assertFalse(log.get(0).has("task"), "the log never shows bodies");
            });
            assertFalse(harness.call(app, "GET", "/subscriptions/" + sub.get("id"), null).body().contains(secret));
        }
    }

    @Test
    void retriesThreeServerErrorsThenDeliversOnceWithTheSameId() throws Exception {
        try (Receiver receiver = new Receiver(n -> n <= 3 ? 500 : 200)) {
            String token = token();
            Map<String, Object> sub = subscribe(receiver, token, "json");
            harness.publish(article(Severity.HIGH, token));

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.requests().size() == 4);
            List<Receiver.Request> requests = receiver.requests();
            assertEquals(1, requests.stream().map(x -> x.header("webhook-id")).distinct().count(), "same webhook-id on every attempt");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().size() == 4);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                JsonNode log = json(harness.call(app, "GET", "/subscriptions/" + sub.get("id") + "/deliveries", null).body());
                assertEquals(4, log.size());
                assertEquals("delivered", log.get(0).get("outcome").asText());
                assertEquals(4, log.get(0).get("attempt").asInt());
                assertEquals("retrying", log.get(1).get("outcome").asText());
                assertEquals(500, log.get(1).get("status").asInt());
                assertTrue(log.get(1).has("latencyMs"));
                assertTrue(log.get(1).has("nextAttemptAt"));
            });
        }
    }

    @Test
    void aHangingReceiverTimesOutWithoutSlowingAHealthyOne() throws Exception {
        try (Receiver healthy = Receiver.healthy(); Receiver hanging = new Receiver(n -> Receiver.HANG)) {
            String token = token();
            subscribe(healthy, token, "json");
            Map<String, Object> hangSub = subscribe(hanging, token, "json");
            for (int i = 0; i < 3; i++) {
                harness.publish(article(Severity.HIGH, token));
                int want = i + 1;
                await().atMost(Duration.ofSeconds(10)).until(() -> healthy.requests().size() >= want && hanging.requests().size() >= 1);
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode log = json(harness.call(app, "GET", "/subscriptions/" + hangSub.get("id") + "/deliveries", null).body());
                assertTrue(log.size() > 0);
                assertTrue(log.get(log.size() - 1).get("error").asText().contains("timed out"), log.toString());
            });
            // then: the healthy receiver got each alert before the hanging one's attempt at it could have timed out: the
            // timeout (1 s) cannot end an attempt sooner, so a healthy delivery that waited for it would come at least
            // that long after the hanging request. Both deliveries of an alert start together, so this compares two
            // moments a busy machine delays alike, where a bound on the healthy latency (1 s) failed under load.
            Map<String, Long> hangingFirst = new java.util.HashMap<>();
            hanging.requests().forEach(r -> hangingFirst.putIfAbsent(articleId(r), r.receivedNanos()));
            List<String> order = new java.util.ArrayList<>();
            for (Receiver.Request r : healthy.requests()) {
                Long hung = hangingFirst.get(articleId(r));
                if (hung != null) {
                    long afterHanging = (r.receivedNanos() - hung) / 1_000_000;
                    order.add(afterHanging + " ms");
                    assertTrue(afterHanging < ATTEMPT_TIMEOUT.toMillis(), "a healthy delivery waited for the " + ATTEMPT_TIMEOUT.toMillis()
                            + " ms timeout of another: after the hanging request by " + order);
                }
            }
            System.out.printf("healthy subscriber's request after the hanging one's, per alert: %s%n", order);
            assertFalse(order.isEmpty(), "the hanging receiver was asked for an alert the healthy one got");
        }
    }

    private static String articleId(Receiver.Request r) {
        return json(r.body()).get("data").get("article").get("id").asText();
    }

    @Test
    void a410PausesTheSubscription() throws Exception {
        try (Receiver gone = new Receiver(n -> 410)) {
            String token = token();
            Map<String, Object> sub = subscribe(gone, token, "json");
            harness.publish(article(Severity.HIGH, token));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertTrue(json(harness.call(app, "GET", "/subscriptions/" + sub.get("id"), null).body()).get("paused").asBoolean()));
            assertEquals(1, gone.requests().size(), "no retry after 410");
            // The log is read back from Kafka up to half a second late (KafkaClients.backgroundConsumer), so the pause
            // may be visible first.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals("gone",
                    json(harness.call(app, "GET", "/subscriptions/" + sub.get("id") + "/deliveries", null).body()).path(0).path("outcome").asText()));
            harness.publish(article(Severity.HIGH, token));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(15)).until(() -> gone.requests().size() == 1);
        }
    }

    @Test
    void fiveCopiesOfOneStoryAlertOnceThenEscalateOnce() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            String token = token();
            subscribe(receiver, token, "json");
            long fp = UUID.randomUUID().getMostSignificantBits();
            Severity[] severities = {Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL};
            for (int i = 0; i < severities.length; i++) {
                String id = UUID.randomUUID().toString().replace("-", "");
                // Near-duplicates: each copy differs from the first in at most two bits.
                String copyFp = String.format("%016x", fp ^ (i == 0 ? 0 : (1L << (i * 7)) | (1L << 60)));
                ArticleLabelled copy = Fixtures.article(id, severities[i], copyFp, "https://outlet" + i + ".example/" + id, token);
                // One partition so the copies are processed in the order the outlets published them.
                try (var p = TestKafka.producer()) {
                    p.send(new ProducerRecord<>(harness.articles(), 0, id, Json.bytes(copy))).get();
                }
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().size() == 2);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(15)).until(() -> receiver.requests().size() == 2);
            List<JsonNode> bodies = receiver.requests().stream().map(r -> json(r.body())).toList();
            assertEquals("alert.created", bodies.get(0).get("type").asText());
            assertEquals("high", bodies.get(0).get("data").get("article").get("severity").asText());
            assertEquals(1, bodies.get(0).get("data").get("story").get("outlets").asInt());
            JsonNode escalation = bodies.get(1);
            assertEquals("alert.escalated", escalation.get("type").asText());
            assertEquals("high", escalation.get("data").get("escalation").get("from").asText());
            assertEquals("critical", escalation.get("data").get("escalation").get("to").asText());
            assertEquals(5, escalation.get("data").get("story").get("outlets").asInt());
            assertEquals(bodies.get(0).get("data").get("story").get("id"), escalation.get("data").get("story").get("id"));
        }
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() throws Exception {
        try (Receiver receiver = Receiver.healthy()) {
            String token = token();
            subscribe(receiver, token, "json");
            ArticleLabelled good = article(Severity.HIGH, token);
            try (var p = TestKafka.producer()) {
                p.send(new ProducerRecord<>(harness.articles(), 1, "bad1", "not json at all".getBytes(StandardCharsets.UTF_8))).get();
                p.send(new ProducerRecord<>(harness.articles(), 1, "bad2", "{\"unexpected\": true}".getBytes(StandardCharsets.UTF_8))).get();
                p.send(new ProducerRecord<>(harness.articles(), 1, good.id(), Json.bytes(good))).get();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() == 1);
            List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(Topics.deadLetter(harness.articles()), 2, Duration.ofMillis(300),
                    Duration.ofSeconds(10), false);
            assertEquals(List.of("bad1", "bad2"), dead.stream().map(ConsumerRecord::key).sorted().toList());
            for (ConsumerRecord<String, byte[]> d : dead) {
                String reason = CloudEvents.header(d.headers(), DeadLetters.REASON);
                assertNotNull(reason);
                assertTrue(reason.contains("ArticleLabelled"), reason);
                assertEquals("tumen-alert", CloudEvents.header(d.headers(), DeadLetters.SERVICE));
            }
        }
    }

    @Test
    void slackAndDiscordSubscribersGetTheirOwnFormats() throws Exception {
        try (Receiver slack = Receiver.healthy(); Receiver discord = Receiver.healthy()) {
            String token = token();
            subscribe(slack, token, "slack");
            subscribe(discord, token, "discord");
            harness.publish(article(Severity.CRITICAL, token));
            await().atMost(Duration.ofSeconds(10)).until(() -> slack.requests().size() == 1 && discord.requests().size() == 1);
            JsonNode s = json(slack.requests().get(0).body());
            assertTrue(s.get("text").asText().startsWith("[CRITICAL]"));
            assertTrue(s.get("blocks").size() >= 2);
            JsonNode d = json(discord.requests().get(0).body());
            assertTrue(d.get("content").asText().startsWith("[CRITICAL]"));
            assertEquals(1, d.get("embeds").size());
        }
    }

}
