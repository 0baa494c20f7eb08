package dev.tumen.ingest.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.dedup.SeenPages;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * The poison zoo of ingest's seen-pages table reader: each bad record followed by a good one. A bad record
 * reaches the dead-letter topic with its reason, exception, source topic, partition, offset and attempts, the good
 * record behind it is applied within seconds, the metrics count it and health stays UP. The big one (2 MB, more
 * than a dead letter may carry) arrives without its value and says how large it was.
 */
@ExtendWith(KafkaExtension.class)
class IngestPoisonZooIT {
    private static final int BIG = 2 * 1024 * 1024;

    record Poison(String key, byte[] value) {
    }

    @Test
    void everyPoisonIsDeadLetteredAndTheNextSeenPageIsAppliedWithinSeconds() throws Exception {
        try (IngestApp app = new IngestApp(Map.of());
             KafkaProducer<String, byte[]> producer = bigProducer()) {
            allowBigRecords(app.seenTopic());
            SeenPages seen = app.context().getBean(SeenPages.class);
            String bigText = "ж".repeat(BIG / 2);
            List<Poison> zoo = List.of(
                    new Poison("not-json", "{not json".getBytes(StandardCharsets.UTF_8)),
                    new Poison("json-null", "null".getBytes(StandardCharsets.UTF_8)),
                    new Poison("wrong-shape", "{\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8)),
                    new Poison("big-page", Json.bytes(new SeenPage("not-this-key", "h", "https://zoo.example/" + bigText, Instant.now()))));
            Map<String, Long> millis = new LinkedHashMap<>();
            int n = 0;
            for (Poison poison : zoo) {
                String url = "https://zoo.example/good/" + n++ + "/" + app.prefix;
                String id = Hashes.pageId(url, null);
                long t0 = System.nanoTime();
                producer.send(new ProducerRecord<>(app.seenTopic(), poison.key(), poison.value())).get(30, TimeUnit.SECONDS);
                producer.send(new ProducerRecord<>(app.seenTopic(), id, Json.bytes(new SeenPage(id, Hashes.sha256(url), url,
                        Instant.now())))).get(30, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> seen.knowsId(id));
                millis.put(poison.key(), (System.nanoTime() - t0) / 1_000_000);
            }
            System.out.println("POISON ZOO (ingest seen-pages table): poison -> next good record applied, ms: " + millis);

            List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(Topics.deadLetter(app.seenTopic()), zoo.size(),
                    Duration.ofMillis(500), Duration.ofSeconds(30), true);
            Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
            dead.forEach(r -> byKey.put(r.key(), r));
            assertEquals(Set.of("not-json", "json-null", "wrong-shape", "big-page"), byKey.keySet());
            for (ConsumerRecord<String, byte[]> d : byKey.values()) {
                assertEquals(app.seenTopic(), header(d, DeadLetters.ORIGIN_TOPIC));
                assertTrue(Integer.parseInt(header(d, DeadLetters.ORIGIN_PARTITION)) >= 0);
                assertTrue(Long.parseLong(header(d, DeadLetters.ORIGIN_OFFSET)) >= 0);
                assertEquals("1", header(d, DeadLetters.ATTEMPTS));
                assertEquals("dev.tumen.model.MalformedRecordException", header(d, DeadLetters.EXCEPTION), d.key());
                assertEquals("tumen-ingest", header(d, DeadLetters.SERVICE));
            }
            assertTrue(header(byKey.get("not-json"), DeadLetters.REASON).contains("not valid JSON"));
            assertTrue(header(byKey.get("json-null"), DeadLetters.REASON).contains("null"));
            assertTrue(header(byKey.get("wrong-shape"), DeadLetters.REASON).contains("does not match the record key"));
            ConsumerRecord<String, byte[]> big = byKey.get("big-page");
            assertEquals(null, big.value(), "a 2 MB value does not fit in a dead letter");
            assertTrue(Integer.parseInt(header(big, DeadLetters.VALUE_DROPPED)) > BIG);

            MeterRegistry meters = app.context().getBean(MeterRegistry.class);
            assertEquals(4.0, meters.find("tumen.kafka.dead.letters").tags("loop", "table-seen", "reason", "malformed").counter().count());
            assertEquals(0.0, meters.find("tumen.kafka.loop.restarts").tags("loop", "table-seen").counter().count());
            assertEquals(200, app.get("/health").statusCode());
        }
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
