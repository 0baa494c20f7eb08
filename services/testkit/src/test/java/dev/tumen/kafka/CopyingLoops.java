package dev.tumen.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the transactional loops' integration tests share: an input and an output topic of their own per test, a loop
 * copying one to the other with a transform whose pace the test sets, and a read_committed reader of the outputs.
 * The tests are in two classes ({@link TransactionalLoopPipelineIT}, {@link TransactionalLoopGatherIT}) so that the
 * two test JVMs share them out: in one class they were most of a minute and a half on one JVM while the other idled.
 */
@ExtendWith(KafkaExtension.class)
abstract class CopyingLoops {
    static final int PARTITIONS = 4;

    String in;
    String out;
    String group;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AtomicInteger transformed = new AtomicInteger();
    volatile String rejected = "";
    volatile long transformMillis = 2;
    /** The loops' gathering time (off when zero). */
    Duration gather = Duration.ZERO;
    /** When each record's transform ran (System.nanoTime), by key. */
    final Map<String, Long> transformedAt = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void topics() {
        String prefix = TestKafka.uniquePrefix();
        in = prefix + "in";
        out = prefix + "out";
        group = TestKafka.uniqueGroup("pipeline");
        TestKafka.createTopics(List.of(in, out, in + ".dlt"), PARTITIONS);
    }

    void copiesEveryRecordOnceThroughRebalances() throws Exception {
        // given: 600 records, copied in batches of at most 25 with a transform slow enough that commits overlap it
        // and that the second member joins while the first is still copying
        int n = 600;
        transformMillis = 10;
        produce("r", n);

        // when: one loop starts, a second joins the group a third of the way, and the first leaves two thirds of the way
        try (TransactionalLoop second = loop("second")) {
            try (TransactionalLoop first = loop("first").start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> transformed.get() >= n / 3);
                second.start();
                await().atMost(Duration.ofSeconds(90)).until(() -> transformed.get() >= 2 * n / 3);
            }

            // then: every record is on the output once for a read_committed reader
            await().atMost(Duration.ofSeconds(90)).until(() -> total(committed(out, n)) >= n);
            Map<String, Long> counts = committed(out, n);
            assertEquals(n, counts.size(), "every record copied");
            assertTrue(counts.values().stream().allMatch(c -> c == 1L), "no record copied twice: " + duplicates(counts));
        }
    }

    /** A loop copying {@code in} to {@code out}, not started yet; it rejects the record keyed {@link #rejected}. */
    TransactionalLoop loop(String name) {
        Map<String, Object> consumer = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "25");
        Map<String, Object> producer = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, group + "-" + name, ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "10000");
        return new TransactionalLoop(new TransactionalLoop.Settings(name, "tumen-test", List.of(in), consumer, producer,
                FailurePolicy.of(1, Duration.ofMillis(10), "dead-letter")), this::copy, new LoopMetrics(registry, name))
                .gather(gather, 40, Long.MAX_VALUE);
    }

    List<ProducerRecord<String, byte[]>> copy(ConsumerRecord<String, byte[]> r) throws Exception {
        Thread.sleep(transformMillis);
        transformedAt.put(r.key(), System.nanoTime());
        transformed.incrementAndGet();
        if (r.key().equals(rejected)) {
            throw new IllegalArgumentException("rejected");
        }
        return List.of(new ProducerRecord<>(out, r.key(), r.value()));
    }

    void produce(String prefix, int n) throws Exception {
        try (KafkaProducer<String, byte[]> p = TestKafka.producer()) {
            produce(p, in, prefix, n);
        }
    }

    static void produce(KafkaProducer<String, byte[]> p, String topic, String prefix, int n) {
        for (int i = 0; i < n; i++) {
            p.send(new ProducerRecord<>(topic, prefix + i, (prefix + i).getBytes(StandardCharsets.UTF_8)));
        }
        p.flush();
    }

    /** Record keys on {@code topic} a read_committed reader sees, with how often. */
    static Map<String, Long> committed(String topic, int atLeast) {
        Map<String, Long> counts = new TreeMap<>();
        TestKafka.read(topic, atLeast, Duration.ofSeconds(1), Duration.ofSeconds(10), true)
                .forEach(r -> counts.merge(r.key(), 1L, Long::sum));
        return counts;
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static Map<String, Long> duplicates(Map<String, Long> counts) {
        Map<String, Long> d = new TreeMap<>(counts);
        d.values().removeIf(c -> c == 1L);
        return d;
    }
}
