package dev.tumen.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.testkit.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rebalance calls off a partition's unfinished work newest record first. A handler's own threads may be starting
 * queued work meanwhile (the alert's subscriber lanes do), and must never start a record's work after an older record
 * of the same partition was called off: the older one comes back only with the re-read, behind it.
 */
class RecordLoopRebalanceIT {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<RecordLoop> loops = new ArrayList<>();

    @AfterEach
    void stop() {
        loops.forEach(RecordLoop::close);
        scheduler.shutdownNow();
    }

    @Test
    void aRevokedPartitionsWorkIsCalledOffNewestFirst() throws Exception {
        // given: 30 records on one partition, held unfinished by the loop that took them
        String topic = TestKafka.uniquePrefix() + "rebalance";
        String group = TestKafka.uniqueGroup("rebalance");
        TestKafka.createTopics(List.of(topic), 1);
        try (KafkaProducer<String, byte[]> p = TestKafka.producer()) {
            for (int i = 0; i < 30; i++) {
                p.send(new ProducerRecord<>(topic, 0, "k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)));
            }
            p.flush();
        }
        List<Long> held = new CopyOnWriteArrayList<>();
        List<Long> calledOff = new CopyOnWriteArrayList<>();
        loop("first", group, topic, r -> {
            CompletableFuture<Object> f = new CompletableFuture<>();
            f.whenComplete((v, e) -> {
                if (f.isCancelled()) {
                    calledOff.add(r.offset());
                }
            });
            held.add(r.offset());
            return f;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> held.size() == 30);

        // when: a second member joins the group, and the partition is revoked from the first
        loop("second", group, topic, r -> CompletableFuture.completedFuture(null));

        // then
        await().atMost(Duration.ofSeconds(60)).until(() -> calledOff.size() == 30);
        List<Long> newestFirst = new ArrayList<>(calledOff);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, calledOff);
    }

    @Test
    void aLoopHeldByFullQueuesTakesNothingFromPartitionsHandedBackByARebalance() throws Exception {
        // given: a loop held from the start (its handler's queues are full), its partition assigned and paused
        String topic = TestKafka.uniquePrefix() + "held";
        String other = TestKafka.uniquePrefix() + "other";
        String group = TestKafka.uniqueGroup("held");
        TestKafka.createTopics(List.of(topic, other), 1);
        java.util.concurrent.atomic.AtomicBoolean full = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Long> taken = new CopyOnWriteArrayList<>();
        RecordLoop held = loop("held", group, topic, r -> {
            taken.add(r.offset());
            return CompletableFuture.completedFuture(null);
        }, full::get);
        await().atMost(Duration.ofSeconds(60)).until(() -> held.assigned() && held.pausedPartitions() == 1);
        try (KafkaProducer<String, byte[]> p = TestKafka.producer()) {
            for (int i = 0; i < 10; i++) {
                p.send(new ProducerRecord<>(topic, 0, "k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)));
            }
            p.flush();
        }

        // when: a member reading another topic joins the same group (as the alert's retry loop does), so the eager
        // protocol revokes the held loop's partition and hands it back inside one poll
        RecordLoop joiner = loop("joiner", group, other, r -> CompletableFuture.completedFuture(null), () -> false);
        await().atMost(Duration.ofSeconds(60)).until(joiner::assigned);

        // then: still held, nothing taken; released, everything arrives
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .until(() -> taken.isEmpty() && held.pausedPartitions() == 1);
        full.set(false);
        await().atMost(Duration.ofSeconds(60)).until(() -> taken.size() == 10);
    }

    /**
     * The window of the alert's second chain of retries (RetryHandoverIT): work whose outcome was being written when its
     * partition was revoked. The revocation waits for the work's answer and commits the records whose outcome is
     * durable all the same; only the others are read again, by whichever member owns the partition next.
     */
    @Test
    void workDurableWhenCalledOffIsCommittedBeforeThePartitionIsLetGo() throws Exception {
        // given: ten records held unfinished; called off, the first five say (after a while) that they are durable
        String topic = TestKafka.uniquePrefix() + "handover";
        String group = TestKafka.uniqueGroup("handover");
        TestKafka.createTopics(List.of(topic), 1);
        try (KafkaProducer<String, byte[]> p = TestKafka.producer()) {
            for (int i = 0; i < 10; i++) {
                p.send(new ProducerRecord<>(topic, 0, "k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)));
            }
            p.flush();
        }
        Map<CompletableFuture<?>, Long> held = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        java.util.concurrent.atomic.AtomicBoolean rebalanced = new java.util.concurrent.atomic.AtomicBoolean();
        List<Long> readAgain = new CopyOnWriteArrayList<>();
        RecordLoop.Handler handler = r -> {
            if (rebalanced.get()) {
                readAgain.add(r.offset());
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Object> f = new CompletableFuture<>();
            held.put(f, r.offset());
            return f;
        };
        java.util.concurrent.Executor later = CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        RecordLoop first = loop("first", group, topic, handler, () -> false);
        first.callOffWith(f -> {
            f.cancel(false);
            return held.get(f) < 5 ? CompletableFuture.supplyAsync(() -> true, later) : CompletableFuture.completedFuture(false);
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> held.size() == 10);

        // when: a second member joins, and the eager protocol revokes the partition
        rebalanced.set(true);
        loop("second", group, topic, handler, () -> false);

        // then: read again from the first record not durable, by whichever member has the partition now
        await().atMost(Duration.ofSeconds(60)).until(() -> readAgain.size() >= 5);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(List.of(5L, 6L, 7L, 8L, 9L), readAgain.stream().sorted().toList()));
    }

    private RecordLoop loop(String name, String group, String topic, RecordLoop.Handler handler) {
        return loop(name, group, topic, handler, () -> false);
    }

    private RecordLoop loop(String name, String group, String topic, RecordLoop.Handler handler,
                            java.util.function.BooleanSupplier full) {
        RecordLoop loop = new RecordLoop(name, "tumen-test", () -> new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new ByteArrayDeserializer()),
                List.of(topic), handler, FailurePolicy.defaults(), dead -> CompletableFuture.failedFuture(
                new AssertionError("nothing here is dead-lettered")), new LoopMetrics(registry, name), 100, scheduler)
                .drainTimeout(Duration.ofMillis(100)).pauseWhen(full).start();
        loops.add(loop);
        return loop;
    }
}
