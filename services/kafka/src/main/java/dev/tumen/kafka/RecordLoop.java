package dev.tumen.kafka;

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
 * A consumer-group loop whose handler finishes records asynchronously: the loop keeps polling while work is in
 * flight or waits for its time, commits only past records whose outcome is durable ({@link OffsetTracker}), and
 * pauses a partition whose unfinished records reach a bound.
 *
 * <p>A handler failure (say, Kafka briefly unwritable) is retried with backoff as the {@link FailurePolicy} says,
 * then the record is dead-lettered (and committed once the dead letter is written), skipped (counted), or the loop
 * stops and its health says so. A {@code MalformedRecordException} or a record too large to write is dead-lettered
 * at once. No record is retried forever.
 */
public final class RecordLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLoop.class);
    private static final Duration POLL = Duration.ofMillis(250);

    /** Handles one record; the future completes when the record's work is durable. */
    @FunctionalInterface
    public interface Handler {
        CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record);
    }

    /** Writes a dead letter; the future completes when it is durable. */
    @FunctionalInterface
    public interface DeadLetterSink {
        CompletableFuture<?> send(org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> deadLetter);
    }

    private final String name;
    private final String service;
    private final java.util.function.Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final Collection<String> topics;
    private final Handler handler;
    private final FailurePolicy policy;
    private final DeadLetterSink deadLetters;
    private final LoopMetrics metrics;
    private volatile String failure;
    private volatile boolean stopped;
    private volatile java.time.Instant lastProgress = java.time.Instant.now();
    private volatile long lag = -1;
    private volatile int commitFailuresInARow;
    private volatile java.time.Instant commitFailingSince;
    private volatile String commitFailure;
    /**
     * When the oldest commit still unanswered was asked for (loop thread only). A consumer that has lost its group
     * coordinator (the broker gone) keeps an asynchronous commit waiting without calling back, so without this a
     * loop whose finished work is never recorded would count no failure and look healthy.
     */
    private java.time.Instant commitUnansweredSince;
    private static final Duration COMMIT_ANSWER_TIMEOUT = Duration.ofSeconds(5);
    /**
     * Finished work is committed at most this often while records keep coming (an idle loop still commits after every
     * poll, at most 250 ms apart). A commit after every poll was a tenth of the alert's articles thread at 40 articles/s
     * (a poll often holds one record); what it costs: after a crash, up to this much more finished work is done again
     * (with the same ids, as after any crash). Revocation and shutdown commit at once, as before.
     */
    static final Duration COMMIT_EVERY = Duration.ofMillis(100);
    private long nextCommitNanos = System.nanoTime();
    private final int maxInFlightPerPartition;
    private final ScheduledExecutorService scheduler;
    private volatile Duration drainTimeout = Duration.ofSeconds(5);
    /** See {@link #callOffWith}; {@code null}: work is cancelled and left to the partition's next owner. */
    private volatile java.util.function.Function<CompletableFuture<?>, CompletableFuture<Boolean>> callOff;
    /** How long a revocation waits, by default, for the answers of its partitions' unfinished work. */
    public static final Duration HAND_OVER_TIMEOUT = Duration.ofSeconds(8);
    private volatile Duration handOverTimeout = HAND_OVER_TIMEOUT;
    /** Trackers of partitions being revoked: their records' failures now are the next owner's, not retried here. */
    private final Set<OffsetTracker> leaving = ConcurrentHashMap.newKeySet();
    private final Map<TopicPartition, OffsetTracker> trackers = new ConcurrentHashMap<>();
    /** Unfinished work per partition by offset, to call off (newest first) when the partition moves to another consumer. */
    private final Map<TopicPartition, java.util.concurrent.ConcurrentSkipListMap<Long, CompletableFuture<?>>> work = new ConcurrentHashMap<>();
    private final Set<TopicPartition> paused = new HashSet<>();
    private volatile java.util.function.BooleanSupplier downstreamFull = () -> false;
    /** Every assigned partition is paused because the handler's downstream said it is full (loop thread only). */
    private boolean holding;
    private volatile int pausedCount;
    private final LoopThread thread;

    /**
     * @param consumers makes the loop's consumer (group, isolation level and security already set)
     * @param scheduler runs retries after their backoff
     */
    public RecordLoop(String name, String service, java.util.function.Supplier<KafkaConsumer<String, byte[]>> consumers,
                      Collection<String> topics, Handler handler, FailurePolicy policy, DeadLetterSink deadLetters,
                      LoopMetrics metrics, int maxInFlightPerPartition, ScheduledExecutorService scheduler) {
        this.name = name;
        this.service = service;
        this.consumers = consumers;
        this.topics = List.copyOf(topics);
        this.handler = handler;
        this.policy = policy;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.maxInFlightPerPartition = maxInFlightPerPartition;
        this.scheduler = scheduler;
        this.thread = new LoopThread("loop-" + name, this::run, Duration.ofSeconds(15));
    }

    /** How long {@link #close()} waits for in-flight records to finish before the last commit. */
    public RecordLoop drainTimeout(Duration timeout) {
        this.drainTimeout = timeout;
        return this;
    }

    /**
     * How a record's unfinished work is called off when its partition is revoked: the future completes {@code true}
     * when the work's outcome became durable all the same (an outcome whose write had begun is written whatever
     * happens next), {@code false} when the work is left to the partition's next owner; never exceptionally. The
     * revocation waits up to {@link #handOverTimeout} for these answers and commits the records whose outcome is
     * durable before it lets the partitions go: committed apart, the next owner read such a record again and did its
     * work a second time (the alert's second chain of retries for one delivery, RetryHandoverIT). Without it, work is
     * cancelled and every unfinished record is left to the next owner.
     */
    public RecordLoop callOffWith(java.util.function.Function<CompletableFuture<?>, CompletableFuture<Boolean>> callOff) {
        this.callOff = callOff;
        return this;
    }

    /**
     * How long a revocation waits for called-off work to say whether its outcome is durable ({@link #callOffWith}).
     * The group's rebalance waits for it (up to {@code max.poll.interval.ms}); an outcome still unwritten by then is
     * left uncommitted, and its record is done again by the next owner, as before.
     */
    public RecordLoop handOverTimeout(Duration timeout) {
        this.handOverTimeout = timeout;
        return this;
    }

    /**
     * Pauses every assigned partition while {@code full} says the handler's own queues are full, and resumes them
     * once it no longer does (asked once per poll, on the loop's thread). Work already taken up goes on; a loop
     * held this way is waiting, not stalled, so its health stays up.
     */
    public RecordLoop pauseWhen(java.util.function.BooleanSupplier full) {
        this.downstreamFull = full;
        return this;
    }

    /** Partitions paused now, for either reason (too many unfinished records, or a full downstream). */
    public int pausedPartitions() {
        return pausedCount;
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
        thread.restarting(consumers, this::consume, e -> {
            // Work still in flight belongs to the old consumer's partitions; the group hands them out again.
            abandon(new ArrayList<>(trackers.keySet()));
            paused.clear();
            holding = false;
            failure = "failed (" + e + "); restarting with a new consumer";
            metrics.restarted();
            LOG.error("Loop {} failed; restarting with a new consumer in 1 s", name, e);
        });
    }

    private void consume(KafkaConsumer<String, byte[]> c) {
        // A previous consumer's unanswered commit will never call back.
        commitUnansweredSince = null;
        c.subscribe(topics, new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                if (callOff == null) {
                    commit(c, partitions, true);
                    abandon(partitions);
                } else {
                    handOver(c, partitions);
                }
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
                // Inside poll(): without this, the same poll would fetch from partitions handed over while held.
                if (holding) {
                    c.pause(partitions);
                    pausedCount = c.paused().size();
                }
            }
        });
        while (thread.running()) {
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
                dispatch(r, tracker, 1);
            }
            applyBackpressure(c);
            long now = System.nanoTime();
            if (records.isEmpty() || now - nextCommitNanos >= 0) {
                commit(c, trackers.keySet(), false);
                nextCommitNanos = now + COMMIT_EVERY.toNanos();
            }
            countUnansweredCommit();
            updateLag(c);
        }
        drain();
        commit(c, new ArrayList<>(trackers.keySet()), true);
    }

    private void updateLag(KafkaConsumer<String, byte[]> c) {
        long total = 0;
        for (TopicPartition tp : c.assignment()) {
            total += c.currentLag(tp).orElse(0);
        }
        // Only records not yet taken: work in flight may legitimately wait (a retry until its due time).
        lag = total;
        if (total == 0 || holding) {
            lastProgress = java.time.Instant.now();
        }
    }

    /** What this loop says about itself for {@code /health}; retries waiting for their due time count as in flight. */
    public LoopHealth health() {
        return new LoopHealth(name, thread.alive() && !stopped, failure, lag, lastProgress, 0, commitFailuresInARow,
                commitFailingSince, commitFailure);
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
     *
     * <p>Newest first: a handler's own threads may be starting queued work while this runs, and must never start a
     * record's work after an older record of the partition was called off. In hash order they could (the alert's
     * ordered mode once delivered one alert ten places early: it started while older ones were already called off,
     * and those came back only with the re-read).
     */
    private void abandon(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            trackers.remove(tp);
            var pending = work.remove(tp);
            if (pending != null) {
                pending.descendingMap().values().forEach(f -> f.cancel(false));
            }
        }
    }

    /**
     * The revocation with {@link #callOffWith}: calls off the partitions' unfinished work (newest first, as
     * {@link #abandon} does), waits for it to say which outcomes are durable all the same, counts those records done,
     * commits, and only then lets the partitions go.
     */
    private void handOver(KafkaConsumer<String, byte[]> c, Collection<TopicPartition> partitions) {
        Map<OffsetTracker, Map<Long, CompletableFuture<Boolean>>> answers = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetTracker tracker = trackers.get(tp);
            var pending = work.remove(tp);
            if (tracker == null || pending == null) {
                continue;
            }
            leaving.add(tracker);
            Map<Long, CompletableFuture<Boolean>> byOffset = new HashMap<>();
            pending.descendingMap().forEach((offset, f) -> {
                CompletableFuture<Boolean> answer;
                try {
                    answer = callOff.apply(f);
                } catch (RuntimeException e) {
                    f.cancel(false);
                    answer = CompletableFuture.completedFuture(false);
                }
                byOffset.put(offset, answer);
            });
            answers.put(tracker, byOffset);
        }
        long deadline = System.nanoTime() + handOverTimeout.toNanos();
        int leftOver = 0;
        for (var entry : answers.entrySet()) {
            for (var answer : entry.getValue().entrySet()) {
                if (durable(answer.getValue(), deadline)) {
                    entry.getKey().done(answer.getKey());
                } else {
                    leftOver++;
                }
            }
        }
        if (leftOver > 0) {
            LOG.info("{}: {} unfinished record(s) left to the next owner of {}", name, leftOver, partitions);
        }
        commit(c, partitions, true);
        for (TopicPartition tp : partitions) {
            OffsetTracker tracker = trackers.remove(tp);
            if (tracker != null) {
                leaving.remove(tracker);
            }
        }
    }

    private static boolean durable(CompletableFuture<Boolean> answer, long deadline) {
        try {
            return Boolean.TRUE.equals(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private void dispatch(ConsumerRecord<String, byte[]> r, OffsetTracker tracker, int attempt) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        if (trackers.get(tp) != tracker || leaving.contains(tracker)) {
            return;
        }
        CompletableFuture<?> f;
        try {
            CloudEvents.requireEventOf(r);
            f = handler.handle(r);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        var pending = work.computeIfAbsent(tp, k -> new java.util.concurrent.ConcurrentSkipListMap<>());
        pending.put(r.offset(), f);
        CompletableFuture<?> handled = f;
        f.whenComplete((v, e) -> {
            pending.remove(r.offset(), handled);
            if (trackers.get(tp) != tracker) {
                // Abandoned in a rebalance: the partition's new owner has it.
                return;
            }
            if (e == null) {
                done(r, tracker);
            } else if (leaving.contains(tracker)) {
                // Called off in a revocation: done or not, handOver decides from the work's own answer.
                return;
            } else if (thread.running()) {
                failed(r, tracker, attempt, e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        });
    }

    private void done(ConsumerRecord<String, byte[]> r, OffsetTracker tracker) {
        tracker.done(r.offset());
        lastProgress = java.time.Instant.now();
        if (!stopped) {
            failure = null;
        }
    }

    private void failed(ConsumerRecord<String, byte[]> r, OffsetTracker tracker, int attempt, Throwable e) {
        boolean hopeless = e instanceof dev.tumen.model.MalformedRecordException || e instanceof RecordSizes.TooLarge
                || e instanceof org.apache.kafka.common.errors.RecordTooLargeException;
        if (!hopeless && attempt < policy.maxAttempts()) {
            long wait = policy.backoffBefore(attempt + 1).toMillis();
            LOG.warn("{}: {}-{}@{} failed (attempt {} of {}), retrying in {} ms: {}", name, r.topic(), r.partition(), r.offset(),
                    attempt, policy.maxAttempts(), wait, e.toString());
            scheduler.schedule(() -> dispatch(r, tracker, attempt + 1), wait, TimeUnit.MILLISECONDS);
            return;
        }
        LoopMetrics.Reason reason = e instanceof dev.tumen.model.MalformedRecordException ? LoopMetrics.Reason.MALFORMED
                : hopeless ? LoopMetrics.Reason.TOO_LARGE : LoopMetrics.Reason.FAILED;
        FailurePolicy.OnFailure action = hopeless ? FailurePolicy.OnFailure.DEAD_LETTER : policy.onFailure();
        switch (action) {
            case SKIP -> {
                LOG.error("{}: skipping {}-{}@{} after {} attempt(s): {}", name, r.topic(), r.partition(), r.offset(), attempt,
                        e.toString(), e);
                metrics.skipped();
                done(r, tracker);
            }
            case FAIL -> {
                failure = r.topic() + "-" + r.partition() + "@" + r.offset() + " failed " + attempt + " time(s): " + e;
                LOG.error("{} stops by its failure policy: {}", name, failure, e);
                stopped = true;
                thread.stop();
            }
            default -> {
                LOG.warn("{}: dead-lettering {}-{}@{} after {} attempt(s) ({}): {}", name, r.topic(), r.partition(), r.offset(),
                        attempt, reason.tag, e.toString());
                var dead = DeadLetters.fitted(DeadLetters.of(r, DeadLetters.reason(e), e.getClass().getName(), service, attempt),
                        DeadLetters.DEFAULT_LIMIT);
                deadLetters.send(dead).whenComplete((v, error) -> {
                    if (error == null) {
                        metrics.deadLettered(reason);
                        done(r, tracker);
                    } else if (thread.running()) {
                        // The dead letter itself could not be written (Kafka down): try again later, never drop the record.
                        LOG.warn("{}: cannot dead-letter {}-{}@{} ({}); trying again", name, r.topic(), r.partition(), r.offset(),
                                error.toString());
                        scheduler.schedule(() -> failed(r, tracker, attempt, e), policy.backoffBefore(8).toMillis(),
                                TimeUnit.MILLISECONDS);
                    }
                });
            }
        }
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
        boolean hold = downstreamFull.getAsBoolean();
        if (hold) {
            // Repeated on every poll: it also covers partitions assigned while held.
            c.pause(c.assignment());
        } else if (holding) {
            List<TopicPartition> release = new ArrayList<>(c.assignment());
            release.removeAll(paused);
            c.resume(release);
        }
        holding = hold;
        if (!toResume.isEmpty()) {
            toResume.forEach(paused::remove);
            if (!hold) {
                c.resume(toResume);
            }
        }
        pausedCount = c.paused().size();
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
                commitSucceeded();
            } else {
                if (commitUnansweredSince == null) {
                    commitUnansweredSince = java.time.Instant.now();
                }
                c.commitAsync(offsets, (done, e) -> {
                    commitUnansweredSince = null;
                    if (e == null) {
                        marks.forEach((tp, o) -> {
                            OffsetTracker t = trackers.get(tp);
                            if (t != null) {
                                t.committed(o);
                            }
                        });
                        commitSucceeded();
                    } else {
                        commitFailed(e);
                    }
                });
            }
        } catch (RuntimeException e) {
            commitFailed(e);
        }
    }

    /** A commit left unanswered for {@link #COMMIT_ANSWER_TIMEOUT} counts as failed, once per such period. */
    private void countUnansweredCommit() {
        java.time.Instant since = commitUnansweredSince;
        java.time.Instant now = java.time.Instant.now();
        if (since != null && Duration.between(since, now).compareTo(COMMIT_ANSWER_TIMEOUT) >= 0) {
            commitUnansweredSince = now;
            commitFailed(new java.util.concurrent.TimeoutException(
                    "offset commit not answered in " + COMMIT_ANSWER_TIMEOUT.toSeconds() + " s (group coordinator unreachable?)"));
        }
    }

    private void commitSucceeded() {
        commitFailuresInARow = 0;
        commitFailingSince = null;
    }

    /** Counted and shown in health: a streak of these means finished work is not recorded, and would be redone. */
    private void commitFailed(Exception e) {
        metrics.commitFailed();
        if (commitFailuresInARow++ == 0) {
            commitFailingSince = java.time.Instant.now();
        }
        commitFailure = e.toString();
        LOG.warn("Commit on {} failed ({} in a row): {}", name, commitFailuresInARow, e.toString());
    }

    /** False once the loop's thread has ended (it only ends on close or its failure policy). */
    public boolean alive() {
        return thread.alive();
    }

    @Override
    public void close() {
        thread.close();
    }
}
