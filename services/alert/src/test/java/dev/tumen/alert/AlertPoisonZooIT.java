package dev.tumen.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import dev.tumen.alert.kafka.PoisonArticleHandler;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The poison zoo of the article loop: each bad record followed by a good article. A bad record reaches the
 * dead-letter topic with its reason after the bounded retries (thrown once: handled exactly once), the good
 * article behind it is alerted within seconds, metrics count it and health stays UP. The same for the retry loop,
 * with the poison in retry tier 1 and a good delivery retried through it.
 */
@ExtendWith(KafkaExtension.class)
class AlertPoisonZooIT {

    record Poison(String key, byte[] value, org.apache.kafka.common.header.Headers headers) {
        Poison(String key, byte[] value) {
            this(key, value, CloudEvents.headers(CloudEvents.TYPE_ARTICLE_LABELLED, "/tumen/test", key));
        }
    }

    private static ArticleLabelled article(String token) {
        return article(UUID.randomUUID().toString().replace("-", ""), token);
    }

    private static ArticleLabelled article(String id, String token) {
        return Fixtures.article(id, Severity.HIGH, String.format("%016x", UUID.randomUUID().getMostSignificantBits()),
                "https://news.example/" + id, token);
    }

    @Test
    void everyPoisonIsDeadLetteredAndTheNextArticleIsAlertedWithinSeconds() throws Exception {
        Map<String, Object> config = new HashMap<>(AlertHarness.fastRetries());
        config.put("tumen.test.poison-handler", "true");
        config.put("tumen.alert.failure.max-attempts", 3);
        config.put("tumen.alert.failure.backoff", "100ms");
        String token = "zoo" + UUID.randomUUID().toString().substring(0, 8);
        // The handler fails the articles whose key (= id) says so.
        ArticleLabelled throwOnce = article("throw-once-" + UUID.randomUUID().toString().replace("-", ""), token);
        // Other systems write the topic too (probe of session 28): each of the last three was alerted.
        List<Poison> zoo = List.of(
                new Poison("not-json", "{not json".getBytes(StandardCharsets.UTF_8)),
                new Poison("json-null", "null".getBytes(StandardCharsets.UTF_8)),
                new Poison("wrong-shape", "{\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8)),
                new Poison(throwOnce.id(), Json.bytes(throwOnce)),
                new Poison("throw-always-1", Json.bytes(article("throw-always-1", "nobody-" + token))),
                new Poison("key-mismatch", Json.bytes(article(token))),
                new Poison("trailing-garbage", (Json.string(article("trailing-garbage", token)) + " garbage").getBytes(StandardCharsets.UTF_8)),
                new Poison("forged-type", Json.bytes(article("forged-type", token)),
                        CloudEvents.headers(Topics.TYPE_DEAD_LETTER, "/tumen/test", "forged-type")),
                // Severity.parse quoted the whole value into the reason: 4 KiB of overrides and line breaks (session 51).
                new Poison("hostile-severity", Json.string(article("hostile-severity", token)).replaceFirst("\"severity\":\"[a-z]+\"",
                        "\"severity\":\"" + "\u202Eurgent\\\\n\u2066\u200B".repeat(400) + "\"").getBytes(StandardCharsets.UTF_8)));
        try (AlertHarness harness = new AlertHarness(config); Receiver receiver = Receiver.healthy()) {
            EmbeddedServer app = harness.start();
            harness.subscribe(app, Map.of("name", "zoo", "url", receiver.url(), "format", "json", "minSeverity", "medium",
                    "keywords", List.of(token)));
            Map<String, Long> millis = new LinkedHashMap<>();
            int expected = 0;
            for (Poison poison : zoo) {
                ArticleLabelled good = article(token);
                long t0 = System.nanoTime();
                harness.produce(poison.key(), poison.value(), poison.headers());
                harness.publish(good);
                expected += poison.key().startsWith("throw-once") ? 2 : 1;
                int want = expected;
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> receiver.requests().stream().anyMatch(r -> r.body().contains(good.id())));
                millis.put(poison.key().replaceAll("-[0-9a-f]{32}$", ""), (System.nanoTime() - t0) / 1_000_000);
                await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() >= want);
            }
            System.out.println("POISON ZOO (alert articles): poison -> next good article alerted, ms: " + millis);

            List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(Topics.deadLetter(harness.articles()), 8,
                    Duration.ofMillis(500), Duration.ofSeconds(30), true);
            Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
            dead.forEach(r -> byKey.put(r.key(), r));
            assertEquals(java.util.Set.of("not-json", "json-null", "wrong-shape", "throw-always-1", "key-mismatch", "trailing-garbage",
                    "forged-type", "hostile-severity"), byKey.keySet());
            assertTrue(reason(byKey, "hostile-severity").contains("unknown severity '\\u202eurgent\\n\\u2066\\u200b"),
                    reason(byKey, "hostile-severity"));
            assertTrue(reason(byKey, "key-mismatch").contains("is not the record's key 'key-mismatch'"), reason(byKey, "key-mismatch"));
            assertTrue(reason(byKey, "trailing-garbage").contains("not valid JSON"), reason(byKey, "trailing-garbage"));
            assertTrue(reason(byKey, "forged-type").contains("ce_type"), reason(byKey, "forged-type"));
            assertTrue(reason(byKey, "not-json").contains("not valid JSON"), reason(byKey, "not-json"));
            assertTrue(reason(byKey, "json-null").contains("null"));
            assertTrue(reason(byKey, "wrong-shape").contains("without an id"), reason(byKey, "wrong-shape"));
            assertTrue(reason(byKey, "throw-always-1").contains("injected"));
            assertEquals("3", CloudEvents.header(byKey.get("throw-always-1").headers(), DeadLetters.ATTEMPTS));
            assertEquals(harness.articles(), CloudEvents.header(byKey.get("not-json").headers(), DeadLetters.ORIGIN_TOPIC));

            // Thrown once, then handled: alerted exactly once, after two calls.
            assertEquals(2, PoisonArticleHandler.CALLS.get(throwOnce.id()).get());
            assertEquals(1, receiver.requests().stream().filter(r -> r.body().contains(throwOnce.id())).count());

            MeterRegistry meters = app.getApplicationContext().getBean(MeterRegistry.class);
            assertEquals(7.0, meters.find("tumen.kafka.dead.letters").tags("loop", "articles", "reason", "malformed").counter().count());
            assertEquals(1.0, meters.find("tumen.kafka.dead.letters").tags("loop", "articles", "reason", "failed").counter().count());
            assertEquals(0.0, meters.find("tumen.kafka.dead.letters").tags("loop", "retries", "reason", "failed").counter().count());
            assertEquals(200, harness.call(app, "GET", "/health", null).statusCode());
        }
    }

    @Test
    void everyPoisonInARetryTierIsDeadLetteredAndTheNextRetryIsDeliveredWithinSeconds() throws Exception {
        String token = "zoo" + UUID.randomUUID().toString().substring(0, 8);
        List<Poison> zoo = List.of(
                new Poison("not-json", "{not json".getBytes(StandardCharsets.UTF_8)),
                new Poison("json-null", "null".getBytes(StandardCharsets.UTF_8)),
                new Poison("wrong-shape", "{\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8)));
        // Every first attempt of an article fails, so each good article goes through retry tier 1 behind its poison.
        try (AlertHarness harness = new AlertHarness(AlertHarness.fastRetries()); Receiver receiver = new Receiver(n -> n % 2 == 1 ? 500 : 200);
             var producer = TestKafka.producer()) {
            EmbeddedServer app = harness.start();
            harness.subscribe(app, Map.of("name", "zoo", "url", receiver.url(), "format", "json", "minSeverity", "medium",
                    "keywords", List.of(token)));
            String tier = harness.prefix + Topics.deliveryRetry(1);
            Map<String, Long> millis = new LinkedHashMap<>();
            int expected = 0;
            for (Poison poison : zoo) {
                ArticleLabelled good = article(token);
                long t0 = System.nanoTime();
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(tier, poison.key(), poison.value())).get();
                harness.publish(good);
                expected += 2;
                int want = expected;
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> receiver.requests().size() >= want);
                millis.put(poison.key(), (System.nanoTime() - t0) / 1_000_000);
                assertEquals(2, receiver.requests().stream().filter(r -> r.body().contains(good.id())).count(),
                        "the good article: failed once, delivered by its retry");
            }
            System.out.println("POISON ZOO (alert retry tier 1): poison -> next retry delivered, ms: " + millis);

            List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(Topics.deadLetter(tier), zoo.size(), Duration.ofMillis(500),
                    Duration.ofSeconds(30), true);
            Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
            dead.forEach(r -> byKey.put(r.key(), r));
            assertEquals(java.util.Set.of("not-json", "json-null", "wrong-shape"), byKey.keySet());
            assertTrue(reason(byKey, "not-json").contains("not valid JSON"), reason(byKey, "not-json"));
            assertTrue(reason(byKey, "json-null").contains("null"));
            assertTrue(reason(byKey, "wrong-shape").contains("DeliveryTask without"), reason(byKey, "wrong-shape"));
            assertEquals(tier, CloudEvents.header(byKey.get("not-json").headers(), DeadLetters.ORIGIN_TOPIC));

            MeterRegistry meters = app.getApplicationContext().getBean(MeterRegistry.class);
            assertEquals(3.0, meters.find("tumen.kafka.dead.letters").tags("loop", "retries", "reason", "malformed").counter().count());
            assertEquals(200, harness.call(app, "GET", "/health", null).statusCode());
        }
    }

    private static String reason(Map<String, ConsumerRecord<String, byte[]>> byKey, String key) {
        return CloudEvents.header(byKey.get(key).headers(), DeadLetters.REASON);
    }
}
