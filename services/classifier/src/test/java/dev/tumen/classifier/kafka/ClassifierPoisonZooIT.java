package dev.tumen.classifier.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.testkit.contract.ApiContract;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The poison zoo of the labelling loop: each kind of bad record, followed by a good page, on one partition. Each
 * bad record must reach the dead-letter topic with its reason (or, thrown once, be labelled exactly once) and the
 * good page behind it must be labelled within seconds; metrics count it and health stays UP. With
 * {@code on-failure: fail}, the loop stops and health goes DOWN.
 */
@ExtendWith(KafkaExtension.class)
class ClassifierPoisonZooIT {
    /** The classifier's producer limit in this test: a label of the big page cannot fit. */
    private static final int MAX_REQUEST = 300_000;

    static String topics() throws Exception {
        String prefix = TestKafka.uniquePrefix();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            // One partition, so the good page is behind the bad one; the pages topic takes the megabytes of Cyrillic.
            admin.createTopics(List.of(new NewTopic(prefix + Topics.PAGES, 1, (short) 1).configs(Map.of("max.message.bytes", "8388608")),
                    new NewTopic(prefix + Topics.ARTICLES, 1, (short) 1),
                    new NewTopic(Topics.deadLetter(prefix + Topics.PAGES), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            TestKafka.awaitLeaders(admin, List.of(prefix + Topics.PAGES, prefix + Topics.ARTICLES, Topics.deadLetter(prefix + Topics.PAGES)));
        }
        return prefix;
    }

    static KafkaProducer<String, byte[]> bigProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    static EmbeddedServer classifier(String prefix, String onFailure) {
        Map<String, Object> config = new HashMap<>();
        config.put("tumen.test.poison-labeller", "true");
        config.put("kafka.max.request.size", MAX_REQUEST);
        config.put("tumen.classifier.failure.max-attempts", 3);
        config.put("tumen.classifier.failure.backoff", "100ms");
        config.put("tumen.classifier.failure.on-failure", onFailure);
        // Above the cold classifier's CPU for the too-large page (0.65 s, its content capped at 512 KiB), below the default.
        config.put("tumen.classifier.page-budget", "1s");
        return ClassifierContexts.start(prefix, config);
    }

    /** The status of {@code /health}, whose answer (UP or the DOWN 503) must match the served description. */
    static int health(EmbeddedServer server) throws Exception {
        return ApiContract.check(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                + "/health")).build(), HttpResponse.BodyHandlers.ofString()), "/openapi/classifier.yml").statusCode();
    }

    static double deadLetters(EmbeddedServer server, String reason) {
        var counter = server.getApplicationContext().getBean(MeterRegistry.class).find("tumen.kafka.dead.letters")
                .tag("reason", reason).counter();
        return counter == null ? -1 : counter.count();
    }

    /** A bad record under {@code key}: its name, or the id of the page it holds (the key must be a page's id). */
    record Poison(String name, byte[] value, String key, org.apache.kafka.common.header.Headers headers) {
        Poison(String name, byte[] value) {
            this(name, value, name, null);
        }

        static Poison page(String name, PageReceived page) {
            return new Poison(name, Json.bytes(page), page.id(), null);
        }
    }

    @Test
    void everyPoisonIsDeadLetteredWithItsReasonAndTheNextGoodPageIsLabelledWithinSeconds() throws Exception {
        String prefix = topics();
        String cyrillic = "Россия и КНДР укрепляют военное сотрудничество. ".repeat(70_000); // ~6.5 MB of UTF-8
        List<Poison> zoo = List.of(
                new Poison("not-json", "{not json".getBytes(StandardCharsets.UTF_8)),
                new Poison("json-null", "null".getBytes(StandardCharsets.UTF_8)),
                new Poison("wrong-shape", "{\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8)),
                Poison.page("too-large", ClassifierContexts.page(900, cyrillic.substring(0, 1_500_000))),
                Poison.page("throw-once", ClassifierContexts.page(901, "THROW-ONCE " + ClassifierContexts.RELEVANT)),
                Poison.page("throw-always", ClassifierContexts.page(902, "THROW-ALWAYS text")),
                Poison.page("extraction-fails", ClassifierContexts.page(903, "EXTRACTION-FAILS text")),
                Poison.page("too-costly", ClassifierContexts.page(904, "SPIN-FOREVER text")),
                // Other systems write the topic too (probe of session 28): each of these was labelled.
                new Poison("key-mismatch", Json.bytes(ClassifierContexts.page(905, ClassifierContexts.RELEVANT))),
                new Poison("trailing-garbage", (Json.string(ClassifierContexts.page(906, ClassifierContexts.RELEVANT)) + " garbage")
                        .getBytes(StandardCharsets.UTF_8), ClassifierContexts.page(906, "").id(), null),
                new Poison("forged-type", Json.bytes(ClassifierContexts.page(907, ClassifierContexts.RELEVANT)), ClassifierContexts.page(907, "").id(),
                        CloudEvents.headers(Topics.ARTICLES_TOPIC, "/elsewhere", ClassifierContexts.page(907, "").id())));
        Map<String, String> names = new HashMap<>();
        zoo.forEach(p -> names.put(p.key(), p.name()));
        Map<String, Long> millis = new LinkedHashMap<>();
        try (EmbeddedServer server = classifier(prefix, "dead-letter"); KafkaProducer<String, byte[]> producer = bigProducer();
             KafkaConsumer<String, byte[]> articles = TestKafka.consumer(true)) {
            articles.subscribe(List.of(prefix + Topics.ARTICLES));
            List<ConsumerRecord<String, byte[]>> labelled = new ArrayList<>();
            int n = 0;
            for (Poison poison : zoo) {
                PageReceived good = ClassifierContexts.page(n++, ClassifierContexts.RELEVANT + " " + poison.name());
                long t0 = System.nanoTime();
                producer.send(new ProducerRecord<>(prefix + Topics.PAGES, null, poison.key(), poison.value(), poison.headers())).get();
                producer.send(new ProducerRecord<>(prefix + Topics.PAGES, good.id(), Json.bytes(good))).get();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
                    articles.poll(Duration.ofMillis(50)).forEach(labelled::add);
                    return labelled.stream().anyMatch(r -> r.key().equals(good.id()));
                });
                millis.put(poison.name(), (System.nanoTime() - t0) / 1_000_000);
            }
            System.out.println("POISON ZOO (classifier): poison -> next good page labelled, ms: " + millis);
            // How long a poison holds the loop is counted, not timed (a busy machine stretches the clock): each is tried
            // once, or the policy's three times when it may pass on a retry, then dead-lettered (below); the costly page
            // is stopped by its CPU budget, which load does not stretch.

            List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(Topics.deadLetter(prefix + Topics.PAGES), 10,
                    Duration.ofMillis(500), Duration.ofSeconds(30), true);
            Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
            dead.forEach(r -> byKey.put(names.getOrDefault(r.key(), r.key()), r));
            assertThat(byKey).containsOnlyKeys("not-json", "json-null", "wrong-shape", "too-large", "throw-always", "extraction-fails",
                    "too-costly", "key-mismatch", "trailing-garbage", "forged-type");
            assertThat(reason(byKey, "key-mismatch")).contains("is not the record's key 'key-mismatch'");
            assertThat(reason(byKey, "trailing-garbage")).contains("not valid JSON");
            assertThat(reason(byKey, "forged-type")).contains("ce_type").contains(Topics.PAGES_TOPIC.ceType());
            assertThat(reason(byKey, "not-json")).contains("not valid JSON");
            assertThat(reason(byKey, "json-null")).contains("null");
            assertThat(reason(byKey, "wrong-shape")).contains("no id");
            assertThat(reason(byKey, "too-large")).startsWith("record-too-large");
            assertThat(byKey.get("too-large").value()).as("even the dead letter cannot carry 1.5 MB").isNull();
            assertThat(reason(byKey, "throw-always")).contains("fails always");
            assertThat(CloudEvents.header(byKey.get("throw-always").headers(), DeadLetters.ATTEMPTS)).isEqualTo("3");
            assertThat(reason(byKey, "extraction-fails")).contains("injected extraction failure");
            // Stopped at its budget and not retried: the same page would take as long again.
            assertThat(reason(byKey, "too-costly")).startsWith("page-too-costly").contains("1000 ms");
            assertThat(CloudEvents.header(byKey.get("too-costly").headers(), DeadLetters.ATTEMPTS)).isEqualTo("1");
            assertThat(PoisonPageLabeller.CALLS.get(ClassifierContexts.page(904, "").id()).get()).isEqualTo(1);
            byKey.forEach((name, r) -> assertThat(CloudEvents.header(r.headers(), DeadLetters.ATTEMPTS)).as(name + "'s attempts")
                    .isEqualTo(name.equals("throw-always") || name.equals("extraction-fails") ? "3" : "1"));
            for (ConsumerRecord<String, byte[]> r : dead) {
                assertThat(CloudEvents.header(r.headers(), DeadLetters.ORIGIN_TOPIC)).isEqualTo(prefix + Topics.PAGES);
                assertThat(CloudEvents.header(r.headers(), DeadLetters.ORIGIN_OFFSET)).isNotNull();
                assertThat(CloudEvents.header(r.headers(), DeadLetters.EXCEPTION)).isNotNull();
                assertThat(CloudEvents.header(r.headers(), "ce_type")).isEqualTo(Topics.TYPE_DEAD_LETTER);
            }

            // Thrown once, then labelled: exactly one label, no dead letter.
            String throwOnce = ClassifierContexts.page(901, "").id();
            labelled.addAll(TestKafka.read(prefix + Topics.ARTICLES, 8, Duration.ofMillis(500), Duration.ofSeconds(10), true));
            assertThat(labelled.stream().filter(r -> r.key().equals(throwOnce)).map(ConsumerRecord::offset).distinct().count()).isEqualTo(1);
            assertThat(PoisonPageLabeller.CALLS.get(throwOnce).get()).isEqualTo(2);

            assertThat(deadLetters(server, "malformed")).isEqualTo(6);
            assertThat(deadLetters(server, "too-large")).isEqualTo(1);
            assertThat(deadLetters(server, "too-costly")).isEqualTo(1);
            assertThat(deadLetters(server, "failed")).isEqualTo(2);
            assertThat(deadLetters(server, "transaction-aborted")).isEqualTo(0);
            assertThat(health(server)).isEqualTo(200);
        }
    }

    private static String reason(Map<String, ConsumerRecord<String, byte[]>> byKey, String key) {
        return CloudEvents.header(byKey.get(key).headers(), DeadLetters.REASON);
    }

    @Test
    void underTheFailPolicyAPageThatAlwaysFailsStopsTheLoopAndHealthGoesDown() throws Exception {
        String prefix = topics();
        try (EmbeddedServer server = classifier(prefix, "fail"); KafkaProducer<String, byte[]> producer = bigProducer()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> health(server) == 200);
            PageReceived bad = ClassifierContexts.page(950, "THROW-ALWAYS in fail mode");
            producer.send(new ProducerRecord<>(prefix + Topics.PAGES, bad.id(), Json.bytes(bad))).get();
            await().atMost(Duration.ofSeconds(30)).until(() -> health(server) == 503);
            assertThat(TestKafka.read(prefix + Topics.ARTICLES, 0, Duration.ofMillis(300), Duration.ofSeconds(2), true)).isEmpty();
        }
    }
}
