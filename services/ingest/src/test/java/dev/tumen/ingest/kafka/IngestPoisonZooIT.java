package dev.tumen.ingest.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.ingest.support.IngestApp;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Hashes;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The poison zoo of ingest's two table readers, seen pages and feeds: each bad record followed by a good one. A bad record
 * reaches the dead-letter topic with its reason, exception, source topic, partition, offset and attempts, the good
 * record behind it is applied within seconds, the metrics count it and health stays UP. The big one (2 MB, more
 * than a dead letter may carry) arrives without its value and says how large it was.
 */
@ExtendWith(KafkaExtension.class)
class IngestPoisonZooIT {
    private static final int BIG = 2 * 1024 * 1024;
    private static final String BIG_TEXT = "ж".repeat(BIG / 2);

    record Poison(String key, byte[] value, org.apache.kafka.common.header.Headers headers) {
        Poison(String key, byte[] value) {
            this(key, value, null);
        }
    }

    /**
     * Well-formed seen pages under their own keys, as another system may write them (probe of session 28): more after the
     * value, the id named twice, headers saying it is a feed. Each was applied.
     */
    private static List<Poison> writtenElsewhere(String prefix) {
        List<Poison> zoo = new java.util.ArrayList<>();
        for (String kind : List.of("trailing", "named-twice", "forged-type")) {
            String url = "https://zoo.example/" + kind + "/" + prefix;
            String id = Hashes.pageId(url, null);
            String json = Json.string(new SeenPage(id, Hashes.sha256(url), url, Instant.now()));
            zoo.add(switch (kind) {
                case "trailing" -> new Poison(id, (json + " garbage").getBytes(StandardCharsets.UTF_8));
                case "named-twice" -> new Poison(id, ("{\"id\":\"0123456789abcdef0123456789abcdef\"," + json.substring(1)).getBytes(StandardCharsets.UTF_8));
                default -> new Poison(id, json.getBytes(StandardCharsets.UTF_8), CloudEvents.headers(Topics.FEEDS_TOPIC, "/elsewhere", id));
            });
        }
        return zoo;
    }

    private static final Poison NOT_JSON = new Poison("not-json", "{not json".getBytes(StandardCharsets.UTF_8));
    private static final Poison JSON_NULL = new Poison("json-null", "null".getBytes(StandardCharsets.UTF_8));
    private static final Poison WRONG_SHAPE = new Poison("wrong-shape", "{\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8));
    /**
     * A key and an id of 4 KiB holding a line break, U+202E, U+2066 and a zero-width space, under each other's name: the
     * reason quoted both whole (review of session 51). {@link TestKafka#read} checks every dead letter's reason.
     */
    private static final String HOSTILE = "\u202Eevil\n08:00:00.000 ERROR FORGED\u2066\u200B".repeat(100);
    private static final Poison HOSTILE_KEY = new Poison("hostile-key" + HOSTILE,
            Json.bytes(new SeenPage("hostile-id" + HOSTILE, "h", "https://zoo.example/hostile", Instant.now())));

    @Test
    void everyPoisonIsDeadLetteredAndTheNextSeenPageIsAppliedWithinSeconds() throws Exception {
        try (IngestApp app = new IngestApp(Map.of());
             KafkaProducer<String, byte[]> producer = bigProducer()) {
            allowBigRecords(app.seenTopic());
            SeenPages seen = app.context().getBean(SeenPages.class);
            List<Poison> zoo = new java.util.ArrayList<>(List.of(NOT_JSON, JSON_NULL, WRONG_SHAPE, HOSTILE_KEY,
                    new Poison("big-page", Json.bytes(new SeenPage("not-this-key", "h", "https://zoo.example/" + BIG_TEXT, Instant.now())))));
            List<Poison> elsewhere = writtenElsewhere(app.prefix);
            zoo.addAll(elsewhere);
            Map<String, Long> millis = feedTheZoo(producer, app.seenTopic(), zoo, n -> {
                String url = "https://zoo.example/good/" + n + "/" + app.prefix;
                String id = Hashes.pageId(url, null);
                return new ProducerRecord<>(app.seenTopic(), id, Json.bytes(new SeenPage(id, Hashes.sha256(url), url, Instant.now())));
            }, seen::knowsId);
            System.out.println("POISON ZOO (ingest seen-pages table): poison -> next good record applied, ms: " + millis);

            Map<String, ConsumerRecord<String, byte[]>> byKey = deadLetters(app.seenTopic(), zoo);
            assertTrue(header(byKey.get("wrong-shape"), DeadLetters.REASON).contains("does not match the record key"));
            assertTrue(header(byKey.get(HOSTILE_KEY.key()), DeadLetters.REASON).startsWith("seen page id 'hostile-id\\u202eevil\\n"),
                    header(byKey.get(HOSTILE_KEY.key()), DeadLetters.REASON));
            assertBigValueDropped(byKey.get("big-page"));
            assertTrue(header(byKey.get(elsewhere.get(0).key()), DeadLetters.REASON).contains("not valid JSON"));
            assertTrue(header(byKey.get(elsewhere.get(1).key()), DeadLetters.REASON).contains("Duplicate field 'id'"));
            assertTrue(header(byKey.get(elsewhere.get(2).key()), DeadLetters.REASON).contains("ce_type"));
            elsewhere.forEach(p -> assertFalse(seen.knowsId(p.key()), p.key()));
            assertCountedAndUp(app, "table-seen", zoo.size());
        }
    }

    @Test
    void everyPoisonIsDeadLetteredAndTheNextFeedIsLoadedWithinSeconds() throws Exception {
        try (IngestApp app = new IngestApp(Map.of());
             KafkaProducer<String, byte[]> producer = bigProducer()) {
            allowBigRecords(app.feedsTopic());
            FeedRegistry feeds = app.context().getBean(FeedRegistry.class);
            List<Poison> zoo = List.of(NOT_JSON, JSON_NULL, WRONG_SHAPE,
                    new Poison("feed" + HOSTILE, ("{\"id\":\"x\",\"url\":\"https://zoo.example/feed\",\"intervalSeconds\":\"" + HOSTILE
                            .replace("\n", "\\n") + "\"}").getBytes(StandardCharsets.UTF_8)),
                    new Poison("wrong-type", ("{\"id\":\"wrong-type\",\"url\":\"https://zoo.example/feed\",\"intervalSeconds\":\"hourly\"}")
                            .getBytes(StandardCharsets.UTF_8)),
                    new Poison("big-feed", Json.bytes(Feed.added("not-this-key", "https://zoo.example/" + BIG_TEXT, "Big", 3600, "api",
                            Instant.now()).paused(true))));
            Map<String, Long> millis = feedTheZoo(producer, app.feedsTopic(), zoo, n -> {
                String url = "https://zoo.example/feed/" + n + "/" + app.prefix;
                Feed good = Feed.added(FeedRegistry.idOf(url), url, "Good " + n, 3600, "api", Instant.now()).paused(true);
                return new ProducerRecord<>(app.feedsTopic(), good.id(), Json.bytes(good));
            }, id -> feeds.get(id).isPresent());
            System.out.println("POISON ZOO (ingest feeds table): poison -> next good record applied, ms: " + millis);

            Map<String, ConsumerRecord<String, byte[]>> byKey = deadLetters(app.feedsTopic(), zoo);
            assertTrue(header(byKey.get("wrong-shape"), DeadLetters.REASON).contains("lacks a matching id"));
            assertTrue(header(byKey.get("wrong-type"), DeadLetters.REASON).contains("Feed"), header(byKey.get("wrong-type"), DeadLetters.REASON));
            assertBigValueDropped(byKey.get("big-feed"));
            assertCountedAndUp(app, "table-feeds", zoo.size());
        }
    }

    /**
     * Sends each poison followed by the good record {@code good} makes for its index, and waits until the good one is
     * {@code applied}; returns, per poison, the milliseconds from sending it to the good record applied.
     */
    private static Map<String, Long> feedTheZoo(KafkaProducer<String, byte[]> producer, String topic, List<Poison> zoo,
                                                IntFunction<ProducerRecord<String, byte[]>> good, Predicate<String> applied)
            throws Exception {
        Map<String, Long> millis = new LinkedHashMap<>();
        int n = 0;
        for (Poison poison : zoo) {
            ProducerRecord<String, byte[]> next = good.apply(n++);
            long t0 = System.nanoTime();
            producer.send(new ProducerRecord<>(topic, null, poison.key(), poison.value(), poison.headers())).get(30, TimeUnit.SECONDS);
            producer.send(next).get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> applied.test(next.key()));
            millis.put(poison.key(), (System.nanoTime() - t0) / 1_000_000);
        }
        return millis;
    }

    /** Every poison's dead letter, by key, each with its origin, attempts, exception and service; the common reasons checked. */
    private static Map<String, ConsumerRecord<String, byte[]>> deadLetters(String topic, List<Poison> zoo) {
        List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(Topics.deadLetter(topic), zoo.size(), Duration.ofMillis(500),
                Duration.ofSeconds(30), true);
        Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
        dead.forEach(r -> byKey.put(r.key(), r));
        assertEquals(zoo.stream().map(Poison::key).collect(java.util.stream.Collectors.toSet()), byKey.keySet());
        for (ConsumerRecord<String, byte[]> d : byKey.values()) {
            assertEquals(topic, header(d, DeadLetters.ORIGIN_TOPIC));
            assertTrue(Integer.parseInt(header(d, DeadLetters.ORIGIN_PARTITION)) >= 0);
            assertTrue(Long.parseLong(header(d, DeadLetters.ORIGIN_OFFSET)) >= 0);
            assertEquals("1", header(d, DeadLetters.ATTEMPTS));
            assertEquals("dev.tumen.model.MalformedRecordException", header(d, DeadLetters.EXCEPTION), d.key());
            assertEquals("tumen-ingest", header(d, DeadLetters.SERVICE));
        }
        assertTrue(header(byKey.get("not-json"), DeadLetters.REASON).contains("not valid JSON"));
        assertTrue(header(byKey.get("json-null"), DeadLetters.REASON).contains("null"));
        return byKey;
    }

    private static void assertBigValueDropped(ConsumerRecord<String, byte[]> big) {
        assertEquals(null, big.value(), "a 2 MB value does not fit in a dead letter");
        assertTrue(Integer.parseInt(header(big, DeadLetters.VALUE_DROPPED)) > BIG);
    }

    private static void assertCountedAndUp(IngestApp app, String loop, int poisons) {
        MeterRegistry meters = app.context().getBean(MeterRegistry.class);
        assertEquals(poisons, meters.find("tumen.kafka.dead.letters").tags("loop", loop, "reason", "malformed").counter().count());
        assertEquals(0.0, meters.find("tumen.kafka.loop.restarts").tags("loop", loop).counter().count());
        assertEquals(200, app.get("/health").statusCode());
    }

    private static String header(ConsumerRecord<String, byte[]> r, String key) {
        return CloudEvents.header(r.headers(), key);
    }

    /** The seen-pages topic takes the 2 MB record, so the reader is the one that has to cope with it. */
    private static void allowBigRecords(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes",
                    Integer.toString(4 * BIG)), AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, byte[]> bigProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * BIG));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
