package dev.tumen.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one compacted-table reader: reads a whole topic into this instance and keeps following it, so every
 * instance sees every subscription, story, seen page or feed. No consumer group: each instance reads all
 * partitions itself. It waits for the topic to exist, signals once it has caught up with the end offsets seen at
 * start ({@link #awaitLoaded}, {@code onLoaded}), and can wait for one record to be applied (read-your-writes).
 * A record the callback rejects goes to the topic's dead-letter topic with the reason, and reading goes on: one
 * bad record must not stop a service from starting. Any other failure rebuilds the consumer and reads on from
 * where it was (counted in {@code tumen.kafka.loop.restarts}); {@link #health()} says when it has stopped or has
 * records waiting but makes no progress.
 */
public final class TableReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TableReader.class);

    private final String topic;
    private final java.util.function.Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final Instant from;
    private final Consumer<ConsumerRecord<String, byte[]>> apply;
    private final String service;
    private final RecordLoop.DeadLetterSink deadLetters;
    private final LoopMetrics metrics;
    private volatile Runnable onLoaded = () -> { };
    /** Start this many records before each partition's end instead of at {@code from}; -1 = not set. */
    private volatile long lastRecords = -1;
    private volatile Positioned onPositioned = (partition, from, end) -> { };
    private volatile Runnable afterEachPoll = () -> { };
    private final Map<Integer, Long> ends = new ConcurrentHashMap<>();
    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private final Object monitor = new Object();
    private volatile Map<Integer, Long> initialEnd;
    private volatile boolean loaded;
    private volatile String failure;
    private volatile long lag = -1;
    private volatile Instant lastProgress = Instant.now();
    private final LoopThread thread;
    /** Asks the broker for the topic's end offsets for {@link #awaitCaughtUp}; guarded by this reader's lock (a consumer is not thread-safe). */
    private KafkaConsumer<String, byte[]> lookups;

    /**
     * @param consumers   makes a group-less consumer (security settings, {@code read_committed}, no auto-commit)
     * @param from        where to start reading: {@code null} for the beginning, else the first record at or after it
     * @param apply       takes one record ({@code value == null}: a tombstone); throws for a record it cannot take
     * @param deadLetters where rejected records go
     */
    public TableReader(String topic, java.util.function.Supplier<KafkaConsumer<String, byte[]>> consumers, Instant from,
                       Consumer<ConsumerRecord<String, byte[]>> apply, String service, RecordLoop.DeadLetterSink deadLetters,
                       LoopMetrics metrics) {
        this.topic = topic;
        this.consumers = consumers;
        this.from = from;
        this.apply = apply;
        this.service = service;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.thread = new LoopThread("table-" + topic, this::run, Duration.ofSeconds(10));
    }

    /** Runs once, on the reader's thread, when everything that was in the topic at start has been applied. */
    public TableReader onLoaded(Runnable callback) {
        this.onLoaded = callback;
        return this;
    }

    public String topic() {
        return topic;
    }

    /** Where a partition's reading starts, and its end offset then; called once per partition, on the reader's thread. */
    @FunctionalInterface
    public interface Positioned {
        void at(int partition, long from, long end);
    }

    /**
     * Starts each partition {@code records} records before its end (or at its beginning, when it holds fewer) instead
     * of at the start: a reader that needs only the latest records, such as a replay buffer.
     */
    public TableReader fromLast(long records, Positioned positioned) {
        this.lastRecords = records;
        this.onPositioned = positioned;
        return this;
    }

    /** Runs on the reader's thread after each poll, records or not (at most every 500 ms): for keep-alives and the like. */
    public TableReader afterEachPoll(Runnable callback) {
        this.afterEachPoll = callback;
        return this;
    }

    /** The end offset of {@code partition} as the reader last saw it (the offset the next record will get); -1 if not yet. */
    public long endOffset(int partition) {
        return ends.getOrDefault(partition, -1L);
    }

    public TableReader start() {
        thread.start();
        return this;
    }

    /** Blocks until everything that was in the topic at start has been applied. */
    public void awaitLoaded(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (!loaded) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("timed out reading " + topic + " at start");
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Blocks until the record at {@code offset} of {@code partition} has been applied; false on timeout. */
    public boolean awaitApplied(int partition, long offset, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (positions.getOrDefault(partition, -1L) <= offset) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    /**
     * Blocks until every record the topic held when called has been applied (another writer's too); false on timeout
     * or when the broker cannot say where the topic ends. A read-modify-write of the table starts here, so a change
     * sent to one instance right after another instance answered one is made on top of it, not on an older copy.
     */
    public boolean awaitCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> end;
        try {
            end = endOffsets(timeout);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read where {} ends: {}", topic, e.toString());
            return false;
        }
        try {
            for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
                long left = deadline - System.nanoTime();
                if (e.getValue() > 0 && (left <= 0 || !awaitApplied(e.getKey().partition(), e.getValue() - 1, Duration.ofNanos(left)))) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Map<TopicPartition, Long> endOffsets(Duration timeout) {
        if (lookups == null) {
            lookups = consumers.get();
        }
        List<TopicPartition> partitions = lookups.partitionsFor(topic, timeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        return lookups.endOffsets(partitions, timeout);
    }

    public boolean loaded() {
        return loaded;
    }

    private void run() {
        thread.restarting(consumers, this::follow, e -> {
            failure = "failed (" + e + "); reading on with a new consumer";
            metrics.restarted();
            LOG.error("Following {} failed; reading on with a new consumer in 1 s", topic, e);
        });
    }

    private void follow(KafkaConsumer<String, byte[]> c) {
        List<TopicPartition> partitions = partitions(c);
        if (partitions == null) {
            return;
        }
        c.assign(partitions);
        if (!positions.isEmpty()) {
            // A restart: on from where this reader was, not from the start again.
            for (TopicPartition tp : partitions) {
                Long at = positions.get(tp.partition());
                if (at == null) {
                    c.seekToBeginning(List.of(tp));
                } else {
                    c.seek(tp, at);
                }
            }
        } else {
            if (lastRecords >= 0) {
                Map<TopicPartition, Long> begin = c.beginningOffsets(partitions);
                for (Map.Entry<TopicPartition, Long> end : c.endOffsets(partitions).entrySet()) {
                    long at = Math.max(begin.get(end.getKey()), end.getValue() - lastRecords);
                    c.seek(end.getKey(), at);
                    onPositioned.at(end.getKey().partition(), at, end.getValue());
                }
            } else if (from == null) {
                c.seekToBeginning(partitions);
            } else {
                Map<TopicPartition, Long> query = new HashMap<>();
                partitions.forEach(tp -> query.put(tp, from.toEpochMilli()));
                Map<TopicPartition, OffsetAndTimestamp> found = c.offsetsForTimes(query);
                for (TopicPartition tp : partitions) {
                    OffsetAndTimestamp at = found.get(tp);
                    if (at == null) {
                        c.seekToEnd(List.of(tp));
                    } else {
                        c.seek(tp, at.offset());
                    }
                }
            }
            if (initialEnd == null) {
                Map<Integer, Long> end = new HashMap<>();
                c.endOffsets(partitions).forEach((tp, o) -> end.put(tp.partition(), o));
                initialEnd = end;
            }
        }
        while (thread.running()) {
            var records = c.poll(Duration.ofMillis(500));
            for (ConsumerRecord<String, byte[]> r : records) {
                take(r);
            }
            long waiting = 0;
            for (TopicPartition tp : partitions) {
                long position = c.position(tp);
                positions.put(tp.partition(), position);
                java.util.OptionalLong partitionLag = c.currentLag(tp);
                waiting += partitionLag.orElse(0);
                if (partitionLag.isPresent()) {
                    ends.put(tp.partition(), position + partitionLag.getAsLong());
                }
            }
            lag = waiting;
            if (!records.isEmpty() || waiting == 0) {
                lastProgress = Instant.now();
                failure = null;
            }
            boolean justLoaded = false;
            synchronized (monitor) {
                if (!loaded && initialEnd.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                    loaded = true;
                    justLoaded = true;
                }
                monitor.notifyAll();
            }
            if (justLoaded) {
                LOG.info("read {} at start-up", topic);
                onLoaded.run();
            }
            afterEachPoll.run();
        }
    }

    private void take(ConsumerRecord<String, byte[]> r) {
        try {
            if (r.key() == null) {
                throw new dev.tumen.model.MalformedRecordException("a table record without a key");
            }
            CloudEvents.requireEventOf(r);
            apply.accept(r);
        } catch (RuntimeException e) {
            // A table record is applied, not processed: the same bytes fail the same way again, so it is not retried.
            LoopMetrics.Reason reason = e instanceof dev.tumen.model.MalformedRecordException ? LoopMetrics.Reason.MALFORMED
                    : LoopMetrics.Reason.FAILED;
            LOG.warn("Record {}-{}@{} rejected ({}), sent to the dead-letter topic: {}", r.topic(), r.partition(), r.offset(),
                    reason.tag, e.toString());
            deadLetters.send(DeadLetters.fitted(DeadLetters.of(r, e, service, 1), DeadLetters.DEFAULT_LIMIT)).whenComplete((v, error) -> {
                if (error == null) {
                    metrics.deadLettered(reason);
                } else {
                    LOG.error("cannot dead-letter {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), error.toString());
                }
            });
        }
    }

    /** Waits for the topic to exist (it may be created by another service or the admin at the same moment). */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
        while (thread.running()) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            }
            LOG.info("Waiting for topic {} to exist", topic);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** False once the loop's thread has ended (it only ends on close). */
    public boolean alive() {
        return thread.alive();
    }

    /** What this reader says about itself for {@code /health}. */
    public LoopHealth health() {
        return new LoopHealth("table-" + topic, thread.alive() && thread.running(), failure, lag, lastProgress, 0);
    }

    @Override
    public void close() {
        thread.close();
        synchronized (this) {
            if (lookups != null) {
                lookups.close(Duration.ofSeconds(1));
                lookups = null;
            }
        }
    }
}
