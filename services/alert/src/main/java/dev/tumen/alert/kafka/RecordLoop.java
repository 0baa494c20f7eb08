package dev.tumen.alert.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer-group loop whose handler finishes records asynchronously: the loop keeps polling while webhooks are
 * in flight or retries wait for their time, commits only past finished records ({@link OffsetTracker}), and pauses
 * a partition whose unfinished records reach a bound. A handler failure (say, Kafka briefly unwritable) is retried
 * after a second rather than dropped.
 */
public final class RecordLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLoop.class);
    private static final Duration POLL = Duration.ofMillis(250);

    /** Handles one record; the future completes when the record's work is durable. */
    @FunctionalInterface
    public interface Handler {
        CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record);
    }

    private final String name;
    private final KafkaClients clients;
    private final Collection<String> topics;
    private final boolean readCommitted;
    private final Handler handler;
    private final int maxInFlightPerPartition;
    private final ScheduledExecutorService scheduler;
    private volatile Duration drainTimeout = Duration.ofSeconds(5);
    private final Map<TopicPartition, OffsetTracker> trackers = new ConcurrentHashMap<>();
    /** Unfinished work per partition, to call off when the partition moves to another consumer. */
    private final Map<TopicPartition, Set<CompletableFuture<?>>> work = new ConcurrentHashMap<>();
    private final Set<TopicPartition> paused = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    public RecordLoop(String name, KafkaClients clients, Collection<String> topics, boolean readCommitted, Handler handler,
                      int maxInFlightPerPartition, ScheduledExecutorService scheduler) {
        this.name = name;
        this.clients = clients;
        this.topics = List.copyOf(topics);
        this.readCommitted = readCommitted;
        this.handler = handler;
        this.maxInFlightPerPartition = maxInFlightPerPartition;
        this.scheduler = scheduler;
        this.thread = new Thread(this::run, "loop-" + name);
        this.thread.setDaemon(true);
    }

    /** How long {@link #close()} waits for in-flight records to finish before the last commit. */
    public RecordLoop drainTimeout(Duration timeout) {
        this.drainTimeout = timeout;
        return this;
    }

    public String name() {
        return name;
    }

    public RecordLoop start() {
        thread.start();
        return this;
    }

    /** Whether the group has handed this loop its partitions at least once. */
    public boolean assigned() {
        return !trackers.isEmpty();
    }

    public int inFlight() {
        return trackers.values().stream().mapToInt(OffsetTracker::inFlight).sum();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> c = clients.consumer(clients.groupId(), name, readCommitted)) {
            consumer = c;
            c.subscribe(topics, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    commit(c, partitions, true);
                    abandon(partitions);
                    paused.removeAll(partitions);
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    abandon(partitions);
                    paused.removeAll(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    partitions.forEach(tp -> trackers.put(tp, new OffsetTracker()));
                }
            });
            while (running) {
                org.apache.kafka.clients.consumer.ConsumerRecords<String, byte[]> records;
                try {
                    // Returns as soon as records arrive; the timeout only paces an idle loop's commits of finished work.
                    records = c.poll(POLL);
                } catch (WakeupException e) {
                    break;
                }
                for (ConsumerRecord<String, byte[]> r : records) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    OffsetTracker tracker = trackers.computeIfAbsent(tp, k -> new OffsetTracker());
                    tracker.started(r.offset());
                    dispatch(r, tracker);
                }
                applyBackpressure(c);
                commit(c, trackers.keySet(), false);
            }
            drain();
            commit(c, new ArrayList<>(trackers.keySet()), true);
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("Loop {} stopped", name, e);
        }
    }

    /**
     * On shutdown, gives in-flight records a moment to finish so their offsets are committed and the next owner
     * does not repeat them (repeats are safe, with the same webhook-id, but noisy). Records waiting for a later
     * retry time do not finish here and simply stay uncommitted.
     */
    private void drain() {
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (System.nanoTime() < deadline && inFlight() > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
    }

    /**
     * The partitions now belong to another consumer, which re-reads everything uncommitted. Work still waiting here
     * (a retry held until its due time) is called off, or it would run twice: once here, once there, and again here
     * if the partition comes back. An attempt already on the wire finishes; its repeat by the new owner carries
     * the same webhook-id.
     */
    private void abandon(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            trackers.remove(tp);
            Set<CompletableFuture<?>> pending = work.remove(tp);
            if (pending != null) {
                pending.forEach(f -> f.cancel(false));
            }
        }
    }

    private void dispatch(ConsumerRecord<String, byte[]> r, OffsetTracker tracker) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        if (trackers.get(tp) != tracker) {
            return;
        }
        CompletableFuture<?> f;
        try {
            f = handler.handle(r);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        Set<CompletableFuture<?>> pending = work.computeIfAbsent(tp, k -> ConcurrentHashMap.newKeySet());
        pending.add(f);
        CompletableFuture<?> handled = f;
        f.whenComplete((v, e) -> {
            pending.remove(handled);
            if (trackers.get(tp) != tracker) {
                // Abandoned in a rebalance: the partition's new owner has it.
                return;
            }
            if (e == null) {
                tracker.done(r.offset());
            } else if (running) {
                LOG.warn("Handling {}-{}@{} failed, retrying in 1 s: {}", r.topic(), r.partition(), r.offset(), e.toString());
                scheduler.schedule(() -> dispatch(r, tracker), 1, TimeUnit.SECONDS);
            }
        });
    }

    private void applyBackpressure(KafkaConsumer<String, byte[]> c) {
        List<TopicPartition> toPause = new ArrayList<>();
        List<TopicPartition> toResume = new ArrayList<>();
        trackers.forEach((tp, t) -> {
            int n = t.inFlight();
            if (n >= maxInFlightPerPartition && !paused.contains(tp)) {
                toPause.add(tp);
            } else if (n < maxInFlightPerPartition / 2 && paused.contains(tp)) {
                toResume.add(tp);
            }
        });
        if (!toPause.isEmpty()) {
            c.pause(toPause);
            paused.addAll(toPause);
        }
        if (!toResume.isEmpty()) {
            c.resume(toResume);
            toResume.forEach(paused::remove);
        }
    }

    private void commit(KafkaConsumer<String, byte[]> c, Collection<TopicPartition> partitions, boolean sync) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Map<TopicPartition, Long> marks = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetTracker t = trackers.get(tp);
            if (t != null) {
                long o = t.committable();
                if (o >= 0) {
                    offsets.put(tp, new OffsetAndMetadata(o));
                    marks.put(tp, o);
                }
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        try {
            if (sync) {
                c.commitSync(offsets, Duration.ofSeconds(5));
                marks.forEach((tp, o) -> trackers.get(tp).committed(o));
            } else {
                c.commitAsync(offsets, (done, e) -> {
                    if (e == null) {
                        marks.forEach((tp, o) -> {
                            OffsetTracker t = trackers.get(tp);
                            if (t != null) {
                                t.committed(o);
                            }
                        });
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Commit on {} failed: {}", name, e.toString());
        }
    }

    /** False once the loop's thread has ended (it only ends on close or an unexpected error). */
    public boolean alive() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
