package dev.tumen.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TransactionalLoop's way out of a transactional offset commit that never ends (docs/topics.md, "Exactly once"): a
 * partition without a position for the stall time makes it look for hanging transactions on that partition and the
 * group's {@code __consumer_offsets} partition, and abort them as {@code kafka-transactions.sh abort} would.
 *
 * <p>The state is the broker's own: another transactional producer's offset commit for the group, left open, so every
 * {@code read_committed} consumer of the group is answered {@code UNSTABLE_OFFSET_COMMIT}, exactly what the loop sees
 * after a broker restart leaves one hanging. What no client can make on demand is the coordinator forgetting it (the
 * broker verifies that a transaction's partitions were added), so the first test tells the loop that every open
 * transaction is hanging (the one seam, {@code hangingFinder}); the admin calls that find and abort it are real. The
 * second keeps the real finder and shows that a transaction the coordinator knows is never touched.
 */
@ExtendWith(KafkaExtension.class)
class TransactionalLoopHangingIT {
    private static final Duration STALL = Duration.ofSeconds(2);

    private String in;
    private String out;
    private String group;
    private TopicPartition partition;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void topics() {
        String prefix = TestKafka.uniquePrefix();
        in = prefix + "in";
        out = prefix + "out";
        group = TestKafka.uniqueGroup("hanging");
        partition = new TopicPartition(in, 0);
        TestKafka.createTopics(List.of(in, out), 1);
    }

    @Test
    void abortsAHangingOffsetCommitAndLabelsItsBatchAgainOnce() throws Exception {
        // given: a0..a4 handled and committed; b0..b4 handled by a transaction whose outputs were committed but whose
        // offset commit (up to 10) hangs on __consumer_offsets; c0..c4 not handled yet
        handledAndCommitted("a", 5);
        produce("b", 5);
        try (KafkaProducer<String, byte[]> outputs = TestKafka.producer()) {
            for (int i = 0; i < 5; i++) {
                outputs.send(new ProducerRecord<>(out, "b" + i, bytes("b" + i))).get();
            }
        }
        try (KafkaProducer<String, byte[]> zombie = openOffsetCommit(10)) {
            produce("c", 5);

            // when: the loop starts again and every transaction open there is taken for a hanging one
            try (TransactionalLoop second = loop("second").hangingFinder((admin, where, olderThan) ->
                    HangingTransactions.open(admin, where, Duration.ZERO)).start()) {

                // then: it aborts the offset commit, falls back to the last committed offset (5) and labels b0..b4 again:
                // at least once for that one batch, exactly once for everything else
                await().atMost(Duration.ofSeconds(60)).until(() -> total(committedValues()) >= 20);
                assertEquals(1.0, counter("tumen.kafka.transactions.hanging.aborted", "second"));
                Map<String, Long> counts = committedValues();
                Map<String, Long> expected = new TreeMap<>();
                for (int i = 0; i < 5; i++) {
                    expected.put("a" + i, 1L);
                    expected.put("b" + i, 2L);
                    expected.put("c" + i, 1L);
                }
                assertEquals(expected, counts);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    LoopHealth health = second.health();
                    assertTrue(health.up(STALL, Instant.now()), health.details().toString());
                    assertNull(health.failure());
                });
            }
        }
    }

    @Test
    void neverAbortsAnOffsetCommitItsCoordinatorStillHasOpen() throws Exception {
        // given: a0..a4 committed, then another producer's offset commit (up to 7) open and known to its coordinator
        handledAndCommitted("a", 5);
        produce("b", 5);
        try (KafkaProducer<String, byte[]> other = openOffsetCommit(7)) {

            // when: the loop, with the real finder, waits on it through several stall restarts
            try (TransactionalLoop second = loop("second").start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> counter("tumen.kafka.loop.restarts", "second") >= 3);

                // then: the open transaction is left alone and nothing is labelled while it is open ...
                assertEquals(0.0, counter("tumen.kafka.transactions.hanging.aborted", "second"));
                assertEquals(5, total(committedValues()));

                // ... and once its producer commits it, the loop goes on from the offset it committed (7)
                other.commitTransaction();
                await().atMost(Duration.ofSeconds(60)).until(() -> total(committedValues()) >= 8);
                assertEquals(Map.of("a0", 1L, "a1", 1L, "a2", 1L, "a3", 1L, "a4", 1L, "b2", 1L, "b3", 1L, "b4", 1L),
                        committedValues());
            }
        }
    }

    /** A loop copying {@code in} to {@code out}, not started yet. */
    private TransactionalLoop loop(String name) {
        Map<String, Object> consumer = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group);
        // Short, so the age bound of the real finder (twice this, or the stall time) is passed within the test.
        Map<String, Object> producer = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, group + "-" + name, ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "3000");
        return new TransactionalLoop(new TransactionalLoop.Settings(name, "tumen-test", List.of(in), consumer, producer,
                FailurePolicy.defaults()), r -> List.of(new ProducerRecord<>(out, r.key(), r.value())),
                new LoopMetrics(registry, name)).stallRestart(STALL);
    }

    /** {@code n} records handled by a first loop, which commits them and leaves the group. */
    private void handledAndCommitted(String prefix, int n) throws Exception {
        produce(prefix, n);
        try (TransactionalLoop first = loop("first").start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> total(committedValues()) >= n);
        }
    }

    /** Another producer's transactional offset commit for the group, up to {@code offset}, left open. */
    private KafkaProducer<String, byte[]> openOffsetCommit(long offset) {
        KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers(), ProducerConfig.TRANSACTIONAL_ID_CONFIG, TestKafka.uniqueGroup("other"),
                // Longer than the test: its coordinator must not end it by itself.
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "300000"), new StringSerializer(), new ByteArraySerializer());
        p.initTransactions();
        p.beginTransaction();
        p.sendOffsetsToTransaction(Map.of(partition, new OffsetAndMetadata(offset)), new ConsumerGroupMetadata(group));
        return p;
    }

    private void produce(String prefix, int n) throws Exception {
        try (KafkaProducer<String, byte[]> p = TestKafka.producer()) {
            for (int i = 0; i < n; i++) {
                p.send(new ProducerRecord<>(in, prefix + i, bytes(prefix + i))).get();
            }
        }
    }

    /** Every value on {@code out} a read_committed reader sees now (up to the last stable offset), with how often. */
    private Map<String, Long> committedValues() {
        Map<String, Long> counts = new TreeMap<>();
        TopicPartition tp = new TopicPartition(out, 0);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers(), ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long end = c.endOffsets(List.of(tp)).get(tp);
            while (c.position(tp) < end) {
                c.poll(Duration.ofMillis(200)).forEach(r -> counts.merge(new String(r.value(), StandardCharsets.UTF_8), 1L, Long::sum));
            }
        }
        return counts;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private double counter(String name, String loop) {
        return registry.get(name).tag("loop", loop).counter().count();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
