package dev.tumen.kafka;

import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.TooCostlyException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consume–transform–produce loop, exactly once (KIP-447): each poll's outputs, dead letters and consumed
 * offsets are committed in one Kafka transaction, so a {@code read_committed} reader sees exactly one outcome per
 * input record, whatever crashes.
 *
 * <p>Errors are sorted the way the Kafka examples do. A record the transform cannot handle is data: retried as the
 * {@link FailurePolicy} says, then dead-lettered (or skipped, or the loop stops), inside the same transaction as
 * the records around it. Every output is checked against {@code max.request.size} first ({@link RecordSizes}):
 * one that can never be written is dead-lettered, never retried. A fenced producer or an authorisation failure
 * rebuilds the clients. Any other Kafka error aborts the transaction and re-reads the batch, one record per
 * transaction from then on, so a record that keeps aborting its transaction is found and dead-lettered after the
 * policy's attempts: nothing makes the loop spin on one record forever.
 *
 * <p>A batch's commit (offsets, then the commit's round-trips to the transaction coordinator) runs on a second
 * thread while the loop polls and transforms the next batch, whose transaction begins only once that commit has
 * succeeded: one transaction open at a time, each with its own batch's outputs and offsets, and the loop's thread
 * never idles waiting for the broker while pages queue. When that commit fails, both batches are read again.
 */
public final class TransactionalLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalLoop.class);
    private static final Duration POLL = Duration.ofMillis(250);
    /**
     * How long the loop may have work waiting without committing anything before it rebuilds its clients. Longer
     * than any batch takes, and than the backoff between isolated retries, so it only catches a loop that is stuck.
     */
    static final Duration STALL_RESTART = Duration.ofSeconds(60);
    /**
     * How long one batch's transform may run before the rest of the batch is handed back to the next poll. A batch
     * of slow records (the classifier spends seconds on a hostile page) must not outlast {@link #STALL_RESTART}, which
     * would rebuild the clients, nor the consumer's {@code max.poll.interval.ms} (5 min), which would give the
     * partitions away and have the same batch transformed again by another member, and again: a loop without end.
     */
    static final Duration TRANSFORM_BUDGET = Duration.ofSeconds(20);

    /** Which of the transactions open on some partitions are hanging: {@link HangingTransactions#find} but in tests. */
    @FunctionalInterface
    interface HangingFinder {
        List<HangingTransactions.Hanging> find(org.apache.kafka.clients.admin.Admin admin, Collection<TopicPartition> where,
                                               Duration olderThan) throws Exception;
    }

    /** Turns one consumed record into the records to write (none is fine); throws when it cannot. */
    @FunctionalInterface
    public interface Transform {
        List<ProducerRecord<String, byte[]>> apply(ConsumerRecord<String, byte[]> record) throws Exception;
    }

    /**
     * @param name     the loop's name (thread, metrics, health)
     * @param service  the service, for dead letters ({@code tumen-classifier})
     * @param topics   what it consumes
     * @param consumer consumer settings: bootstrap, security, group id, client id
     * @param producer producer settings: bootstrap, security, {@code transactional.id}, client id
     * @param policy   what happens to a record the transform cannot handle
     */
    public record Settings(String name, String service, Collection<String> topics, Map<String, Object> consumer,
                           Map<String, Object> producer, FailurePolicy policy) {
    }

    private final Settings settings;
    private final Transform transform;
    private final LoopMetrics metrics;
    private final LoopMetrics.Stages stages;
    private final int maxRequestSize;
    private final LoopThread thread;
    private final Map<String, Integer> abortsByRecord = new HashMap<>();
    private final Map<String, String> poisoned = new HashMap<>();
    private volatile String failure;
    private volatile boolean stopped;
    private volatile long lag = -1;
    /**
     * Records of the batch being worked on: taken from the consumer, so not in its lag, and not yet done. Health counts
     * them as waiting (probe of session 31: a page the labeller took 82 s over was reported {@code lag 0}, UP, with its
     * last progress 80 s old, since the only record waiting was the one in hand).
     */
    private volatile int inHand;
    private volatile Instant lastProgress = Instant.now();
    /** Since when the loop has had work and committed nothing; restarted with each assignment, unlike lastProgress. */
    private volatile Instant stallingSince = Instant.now();
    private volatile int abortsInARow;
    private int isolate;
    /** The transaction committing on {@link #committer} while the loop reads and transforms the next batch. */
    private Pending pending;
    private ExecutorService committer;
    private volatile Duration stallRestart = STALL_RESTART;
    private volatile boolean overlapCommits = true;
    private volatile HangingFinder hangingFinder = HangingTransactions::find;
    private volatile long gatherNanos;
    private volatile int gatherRecords = Integer.MAX_VALUE;
    private volatile long gatherBytes = Long.MAX_VALUE;
    private volatile boolean gatherAfterIdle;
    /** When the loop began waiting for its next records (System.nanoTime), or -1 while it has a batch in hand. */
    private long waitingSince = -1;
    private volatile long transformBudgetNanos = TRANSFORM_BUDGET.toNanos();

    public TransactionalLoop(Settings settings, Transform transform, LoopMetrics metrics) {
        this.settings = settings;
        this.transform = transform;
        this.metrics = metrics;
        this.stages = metrics.stages();
        this.maxRequestSize = RecordSizes.maxRequestSize(settings.producer());
        this.thread = new LoopThread(settings.name(), this::run, Duration.ofSeconds(20));
    }

    /**
     * How long the loop may have work waiting and commit nothing (or have no position on a partition) before it looks
     * for hanging transactions and rebuilds its clients; {@link #STALL_RESTART} unless set before {@link #start()}.
     */
    public TransactionalLoop stallRestart(Duration timeout) {
        this.stallRestart = timeout;
        return this;
    }

    /**
     * Whether a batch's commit overlaps the next batch's poll and transform (the default) or the loop waits for each
     * commit before it polls again; set before {@link #start()}.
     */
    public TransactionalLoop overlapCommits(boolean overlap) {
        this.overlapCommits = overlap;
        return this;
    }

    /**
     * Once a poll has brought records, waits until {@code wait} after it for more to arrive, then takes them without
     * waiting, so that records arriving that close together share one transaction (each costs a fixed amount whatever
     * its size). Nothing is gathered when the poll brought {@code maxRecords} or {@code maxBytes} (of values) already,
     * and a batch never holds more than {@code maxRecords}. The consumer can then fetch with Kafka's defaults (the
     * broker answers as soon as one record is there, or after {@code fetch.max.wait.ms}, 500 ms): a broker-side wait
     * ({@code fetch.min.bytes} above one with a short {@code fetch.max.wait.ms}) gathers as well, but answers an idle
     * consumer empty every few milliseconds, each a fetch request for the broker and a poll for the client. Off (zero)
     * unless set before {@link #start()}. Records that reach a loop which waited at least {@code wait} for them are
     * taken at once unless {@link #gatherAfterIdle} says otherwise.
     */
    public TransactionalLoop gather(Duration wait, int maxRecords, long maxBytes) {
        this.gatherNanos = wait.isNegative() ? 0 : wait.toNanos();
        this.gatherRecords = Math.max(1, maxRecords);
        this.gatherBytes = Math.max(1, maxBytes);
        return this;
    }

    /**
     * Whether records that reach a loop idle for at least the gathering time also wait it out for company ({@code
     * true}: every batch gathers), or are taken at once (the default). A loop that waited that long for them saw no
     * record arrive within a gathering window, so the next one is unlikely to come within the window either: below
     * that rate the wait bought no sharing and was on every record's path. A loop that finds records waiting (a busy
     * one) gathers as before. Set before {@link #start()}.
     */
    public TransactionalLoop gatherAfterIdle(boolean gather) {
        this.gatherAfterIdle = gather;
        return this;
    }

    /** How long one batch's transform may run ({@link #TRANSFORM_BUDGET} unless set before {@link #start()}). */
    public TransactionalLoop transformBudget(Duration budget) {
        this.transformBudgetNanos = Math.max(1, budget.toNanos());
        return this;
    }

    /** Tests only: no broker lets a test make a transaction its coordinator has forgotten on demand. */
    TransactionalLoop hangingFinder(HangingFinder finder) {
        this.hangingFinder = finder;
        return this;
    }

    public TransactionalLoop start() {
        thread.start();
        return this;
    }

    public LoopHealth health() {
        int working = inHand;
        long waiting = working == 0 ? lag : Math.max(lag, 0) + working;
        return new LoopHealth(settings.name(), thread.alive() && !stopped, failure, waiting, lastProgress, abortsInARow);
    }

    /** Thrown inside the loop when the fail policy stops it. */
    private static final class Stop extends RuntimeException {
        Stop(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void run() {
        while (thread.running()) {
            try (KafkaConsumer<String, byte[]> c = newConsumer(); KafkaProducer<String, byte[]> p = newProducer()) {
                thread.polling(c);
                p.initTransactions();
                c.subscribe(settings.topics(), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        LOG.info("{} revoked {}", settings.name(), partitions);
                        // The transaction in flight commits offsets of these partitions under the current generation:
                        // it must end before they go to another member.
                        settle(c, p, List.of());
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        LOG.info("{} assigned {}", settings.name(), partitions);
                        // Joining is not stalling: the restart clock starts with the assignment. Health's clock
                        // (lastProgress) does not, so a loop that keeps restarting without progress still reads DOWN.
                        stallingSince = Instant.now();
                    }
                });
                loop(c, p);
            } catch (WakeupException | InterruptException e) {
                if (thread.running()) {
                    LOG.warn("{} interrupted unexpectedly; restarting", settings.name());
                    metrics.restarted();
                }
            } catch (Stop e) {
                failure = e.getMessage();
                stopped = true;
                thread.stop();
                LOG.error("{} stopped by its failure policy: {}", settings.name(), e.getMessage(), e.getCause());
            } catch (ProducerFencedException | InvalidProducerEpochException e) {
                // Another instance took over our transactional id (a duplicate instance id, or we were a zombie).
                fail("fenced (" + e + "); restarting with fresh clients", e);
            } catch (AuthorizationException | UnsupportedVersionException e) {
                fail("cannot work against this cluster: " + e, e);
            } catch (RuntimeException e) {
                fail("failed (" + e + "); restarting its clients", e);
            } finally {
                thread.polling(null);
            }
        }
        LOG.info("{} stopped", settings.name());
    }

    private void fail(String why, Exception e) {
        failure = why;
        metrics.restarted();
        LOG.error("{} {}", settings.name(), why, e);
        pause(Duration.ofSeconds(1));
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.stop();
        }
    }

    private void loop(KafkaConsumer<String, byte[]> c, KafkaProducer<String, byte[]> p) {
        ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, settings.name() + "-commit");
            t.setDaemon(true);
            return t;
        });
        this.committer = committer;
        try {
            while (thread.running()) {
                // Whatever the last batch ended in (done, handed back, aborted), nothing is in hand while polling.
                inHand = 0;
                if (waitingSince < 0) {
                    waitingSince = System.nanoTime();
                }
                var polled = c.poll(POLL);
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
                polled.forEach(records::add);
                if (records.isEmpty()) {
                    if (pending != null && pending.commit().isDone()) {
                        settle(c, p, List.of());
                    }
                    updateLag(c);
                    continue;
                }
                inHand = records.size();
                long arrived = System.nanoTime();
                boolean idle = arrived - waitingSince >= gatherNanos;
                waitingSince = -1;
                if (isolate == 0) {
                    boolean gather = gatherAfterIdle || !idle;
                    if (gather && !gathered(c, records, arrived)) {
                        updateLag(c);
                        continue;
                    }
                    stages.gathered(gather ? System.nanoTime() - arrived : 0);
                }
                long polledAt = System.currentTimeMillis();
                records.forEach(r -> stages.recordWaited(polledAt - r.timestamp()));
                if (isolate > 0) {
                    if (!settle(c, p, records)) {
                        continue;
                    }
                    for (ConsumerRecord<String, byte[]> r : records) {
                        isolate--;
                        if (!transaction(c, p, List.of(r))) {
                            break;
                        }
                    }
                } else if (!overlapCommits) {
                    if (settle(c, p, records)) {
                        transaction(c, p, records);
                    }
                } else {
                    pipelined(c, p, records);
                }
                updateLag(c);
            }
        } finally {
            // Never close the producer under a commit in flight: its outcome is settled (or its transaction aborted).
            try {
                settle(c, p, List.of());
            } catch (RuntimeException e) {
                LOG.debug("{}: last commit did not settle: {}", settings.name(), e.toString());
            } finally {
                this.committer = null;
                committer.shutdownNow();
            }
        }
    }

    /**
     * Adds to {@code records} (just polled) what arrives within the gathering time ({@link #gather}); false when the
     * batch must be read again instead: the gathering poll's rebalance callback settled the transaction in flight and
     * it aborted, which rewinds its records, and these come after them.
     */
    private boolean gathered(KafkaConsumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records, long polledAt) {
        if (gatherNanos <= 0 || records.size() >= gatherRecords || valueBytes(records) >= gatherBytes) {
            return true;
        }
        long left = polledAt + gatherNanos - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptException(e);
            }
        }
        c.poll(Duration.ZERO).forEach(records::add);
        if (isolate > 0) {
            // The abort rewound its own records' partitions to before these; the others go back to these.
            rewind(c, records, true);
            records.clear();
            return false;
        }
        // A partition revoked by that poll is read again by its new owner from the committed offset: none of its records
        // may go into this batch's transaction.
        Set<TopicPartition> assigned = c.assignment();
        records.removeIf(r -> !assigned.contains(new TopicPartition(r.topic(), r.partition())));
        if (records.size() > gatherRecords) {
            // Each partition's records come in offset order, so what lies beyond the bound is, per partition, a tail:
            // read again from its first offset.
            List<ConsumerRecord<String, byte[]>> beyond = records.subList(gatherRecords, records.size());
            rewind(c, new ArrayList<>(beyond));
            beyond.clear();
        }
        return !records.isEmpty();
    }

    private static long valueBytes(List<ConsumerRecord<String, byte[]>> records) {
        long bytes = 0;
        for (ConsumerRecord<String, byte[]> r : records) {
            bytes += Math.max(0, r.serializedValueSize());
        }
        return bytes;
    }

    /**
     * One poll's batch while the previous batch's transaction commits on the committer thread: the batch is
     * transformed first (the CPU work, no Kafka call), then, once the previous commit has succeeded, sent in a
     * transaction of its own with its own offsets, whose commit runs on the committer thread while the loop polls and
     * transforms the next batch. Each batch's outputs and offsets still go in one transaction, and only one is open at
     * a time per producer; what overlaps is one batch's commit round-trips with the next batch's transform.
     */
    private void pipelined(KafkaConsumer<String, byte[]> c, KafkaProducer<String, byte[]> p,
                           List<ConsumerRecord<String, byte[]>> records) {
        long started = System.nanoTime();
        long cpuStarted = LoopMetrics.threadCpuNanos();
        List<Outcome> outcomes = new ArrayList<>(records.size());
        try {
            for (int i = 0; i < records.size(); i++) {
                outcomes.add(process(records.get(i)));
                if (i + 1 < records.size() && System.nanoTime() - started > transformBudgetNanos) {
                    cut(c, records, i + 1);
                }
            }
        } catch (Stop e) {
            // The previous batch is complete and independent of this one: let it commit before the loop stops.
            settle(c, p, records);
            throw e;
        }
        long transformed = System.nanoTime();
        long cpu = cpuStarted < 0 ? -1 : LoopMetrics.threadCpuNanos() - cpuStarted;
        if (!settle(c, p, records)) {
            return;
        }
        long settled = System.nanoTime();
        p.beginTransaction();
        try {
            outcomes.forEach(outcome -> send(p, outcome));
        } catch (ProducerFencedException | InvalidProducerEpochException | AuthorizationException e) {
            throw e;
        } catch (KafkaException e) {
            aborted(c, p, records, e);
            return;
        }
        long sent = System.nanoTime();
        stages.processed(sent - started, records.size());
        stages.split(transformed - started, cpu, settled - transformed, sent - settled);
        Map<TopicPartition, OffsetAndMetadata> offsets = nextOffsets(records);
        ConsumerGroupMetadata group = c.groupMetadata();
        Future<?> commit = committer.submit(() -> {
            long committing = System.nanoTime();
            p.sendOffsetsToTransaction(offsets, group);
            p.commitTransaction();
            stages.committed(System.nanoTime() - committing);
            return null;
        });
        pending = new Pending(records, outcomes, commit);
    }

    /**
     * Waits for the transaction in flight, if any, and books its outcome. False when it aborted: its records, and
     * {@code next} (polled after them, not yet sent), are read again.
     */
    private boolean settle(KafkaConsumer<String, byte[]> c, KafkaProducer<String, byte[]> p,
                           List<ConsumerRecord<String, byte[]>> next) {
        Pending last = pending;
        if (last == null) {
            return true;
        }
        pending = null;
        try {
            last.commit().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException
                    || cause instanceof AuthorizationException) {
                throw (KafkaException) cause;
            }
            if (cause instanceof KafkaException k) {
                List<ConsumerRecord<String, byte[]>> again = new ArrayList<>(last.records());
                again.addAll(next);
                aborted(c, p, again, k);
                return false;
            }
            throw cause instanceof RuntimeException r ? r : new KafkaException(cause);
        }
        committed(last.records(), last.outcomes());
        return true;
    }

    /** A transaction in flight on the committer thread, with what to book when it commits. */
    private record Pending(List<ConsumerRecord<String, byte[]>> records, List<Outcome> outcomes, Future<?> commit) {
    }

    private void updateLag(KafkaConsumer<String, byte[]> c) {
        long total = 0;
        List<TopicPartition> unknown = new ArrayList<>();
        for (TopicPartition tp : c.assignment()) {
            OptionalLong l = c.currentLag(tp);
            if (l.isPresent()) {
                total += l.getAsLong();
            } else {
                unknown.add(tp);
            }
        }
        Instant now = Instant.now();
        if (total == 0 && unknown.isEmpty()) {
            // Caught up: an idle loop is not a stalled one.
            lag = 0;
            lastProgress = now;
            stallingSince = now;
            return;
        }
        // A partition whose position stays unknown (its committed offset never becomes readable) waits as surely as
        // one with records: health must not read it as caught up.
        lag = Math.max(total, unknown.size());
        if (Duration.between(stallingSince.isAfter(lastProgress) ? stallingSince : lastProgress, now).compareTo(stallRestart) > 0) {
            if (!unknown.isEmpty()) {
                abortHangingTransactions(unknown);
            }
            throw new Stalled("no progress for " + stallRestart.toMillis() + " ms with " + total + " record(s) waiting and no"
                    + " position yet for " + unknown + "; rebuilding the clients (a new producer settles any transaction its"
                    + " transactional id left open, a new consumer fetches its offsets again)");
        }
    }

    /**
     * A partition whose committed offset stays unreadable for a read_committed consumer (which asks for stable offsets)
     * has a transactional offset commit pending on the group's {@code __consumer_offsets} partition. One its
     * coordinator knows ends by itself within the transaction timeout; one it does not know (a hanging transaction)
     * never ends, and no rebuilt client changes that. Such a transaction is aborted on that partition, as
     * {@code kafka-transactions.sh abort} would; the offsets it would have committed are discarded, so the records
     * after the last committed offset are read again (their earlier outputs were never committed either).
     */
    private void abortHangingTransactions(List<TopicPartition> unknown) {
        Object group = settings.consumer().get(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Object> config = ClientConfigs.admin(settings.producer());
        config.remove(org.apache.kafka.clients.admin.AdminClientConfig.CLIENT_ID_CONFIG);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(config)) {
            List<TopicPartition> where = new ArrayList<>(unknown);
            if (group != null) {
                where.add(HangingTransactions.offsetsPartition(admin, group.toString()));
            }
            Object timeout = settings.producer().get(org.apache.kafka.clients.producer.ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);
            Duration transactionTimeout = Duration.ofMillis(timeout == null ? 60_000 : Long.parseLong(timeout.toString().trim()));
            // The age bound only keeps apart a transaction that ended between find's lookups: twice the transaction
            // timeout, and no less than the loop's own stall time (30 s at most), which it has waited already.
            Duration floor = stallRestart.compareTo(Duration.ofSeconds(30)) < 0 ? stallRestart : Duration.ofSeconds(30);
            Duration olderThan = transactionTimeout.multipliedBy(2).compareTo(floor) > 0 ? transactionTimeout.multipliedBy(2) : floor;
            List<HangingTransactions.Hanging> hanging = hangingFinder.find(admin, where, olderThan);
            if (hanging.isEmpty()) {
                LOG.warn("{}: no hanging transaction on {}; transactions open there: {}", settings.name(), where,
                        HangingTransactions.open(admin, where, Duration.ZERO));
            }
            for (HangingTransactions.Hanging h : hanging) {
                LOG.warn("{}: aborting a hanging transaction (open, and unknown to its coordinator): {}", settings.name(), h);
                HangingTransactions.abort(admin, h);
                metrics.hangingAborted();
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("{}: cannot look for hanging transactions: {}", settings.name(), e.toString());
        }
    }

    /** Thrown by the loop itself when it has made no progress for its stall-restart time: its clients are rebuilt. */
    private static final class Stalled extends RuntimeException {
        Stalled(String message) {
            super(message);
        }
    }

    /** One transaction over {@code records}, committed before it returns; false when it aborted (the records are rewound). */
    private boolean transaction(KafkaConsumer<String, byte[]> c, KafkaProducer<String, byte[]> p,
                                List<ConsumerRecord<String, byte[]>> records) {
        List<Outcome> outcomes = new ArrayList<>(records.size());
        long started = System.nanoTime();
        long cpuStarted = LoopMetrics.threadCpuNanos();
        long transforming = 0;
        long transformingCpu = 0;
        p.beginTransaction();
        try {
            for (int i = 0; i < records.size(); i++) {
                long before = System.nanoTime();
                long cpuBefore = cpuStarted < 0 ? 0 : LoopMetrics.threadCpuNanos();
                Outcome outcome = process(records.get(i));
                transforming += System.nanoTime() - before;
                transformingCpu += cpuStarted < 0 ? 0 : LoopMetrics.threadCpuNanos() - cpuBefore;
                send(p, outcome);
                outcomes.add(outcome);
                if (i + 1 < records.size() && System.nanoTime() - started > transformBudgetNanos) {
                    cut(c, records, i + 1);
                }
            }
            long processed = System.nanoTime();
            stages.processed(processed - started, records.size());
            stages.split(transforming, cpuStarted < 0 ? -1 : transformingCpu, 0, processed - started - transforming);
            p.sendOffsetsToTransaction(nextOffsets(records), c.groupMetadata());
            p.commitTransaction();
            stages.committed(System.nanoTime() - processed);
        } catch (ProducerFencedException | InvalidProducerEpochException | AuthorizationException e) {
            throw e;
        } catch (Stop e) {
            p.abortTransaction();
            throw e;
        } catch (KafkaException e) {
            aborted(c, p, records, e);
            return false;
        }
        committed(records, outcomes);
        return true;
    }

    /** The open transaction over {@code records} failed: abort it, read them again, one per transaction from now on. */
    private void aborted(KafkaConsumer<String, byte[]> c, KafkaProducer<String, byte[]> p,
                         List<ConsumerRecord<String, byte[]>> records, KafkaException e) {
        LOG.warn("{} aborting a transaction of {} record(s) and reading them again: {}", settings.name(), records.size(), e.toString());
        metrics.aborted();
        abortsInARow++;
        p.abortTransaction();
        rewind(c, records);
        // Only an error that names the record (too large, invalid) is evidence against it; an outage (a
        // retriable error: timeouts, leader changes, a broker restart) aborts every transaction alike and
        // must never turn good records into dead letters.
        if (records.size() == 1 && !retriable(e)) {
            ConsumerRecord<String, byte[]> r = records.get(0);
            int aborts = abortsByRecord.merge(id(r), 1, Integer::sum);
            if (aborts >= settings.policy().maxAttempts()) {
                poisoned.put(id(r), e.toString());
            }
        }
        // Read the batch again one record per transaction, so one bad record cannot hold back the others.
        isolate = Math.max(isolate, records.size());
        pause(settings.policy().backoffBefore(Math.min(abortsInARow + 1, 8)));
    }

    private static void send(KafkaProducer<String, byte[]> p, Outcome outcome) {
        for (ProducerRecord<String, byte[]> out : outcome.records()) {
            p.send(out);
        }
    }

    /** Books a committed transaction: progress, and the dead letters and skips its outcomes carried. */
    private void committed(List<ConsumerRecord<String, byte[]>> records, List<Outcome> outcomes) {
        abortsInARow = 0;
        failure = null;
        lastProgress = Instant.now();
        stallingSince = lastProgress;
        records.forEach(r -> {
            abortsByRecord.remove(id(r));
            poisoned.remove(id(r));
        });
        for (Outcome outcome : outcomes) {
            if (outcome.deadLetter() != null) {
                metrics.deadLettered(outcome.deadLetter());
            }
            if (outcome.skipped()) {
                metrics.skipped();
            }
        }
    }

    private static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RetriableException || t instanceof org.apache.kafka.common.errors.TimeoutException
                    || t instanceof org.apache.kafka.common.errors.DisconnectException) {
                return true;
            }
        }
        return false;
    }

    private record Outcome(List<ProducerRecord<String, byte[]>> records, LoopMetrics.Reason deadLetter, boolean skipped) {
    }

    private Outcome process(ConsumerRecord<String, byte[]> r) {
        String poison = poisoned.get(id(r));
        if (poison != null) {
            return deadLetter(r, "transaction-aborted: every transaction with this record aborted: " + poison,
                    KafkaException.class.getName(), LoopMetrics.Reason.TRANSACTION_ABORTED, abortsByRecord.getOrDefault(id(r), 1));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                CloudEvents.requireEventOf(r);
                List<ProducerRecord<String, byte[]>> outs = transform.apply(r);
                for (ProducerRecord<String, byte[]> out : outs) {
                    RecordSizes.check(out, maxRequestSize);
                }
                return new Outcome(outs, null, false);
            } catch (RecordSizes.TooLarge e) {
                return deadLetter(r, e, LoopMetrics.Reason.TOO_LARGE, attempt);
            } catch (TooCostlyException e) {
                return deadLetter(r, e, LoopMetrics.Reason.TOO_COSTLY, attempt);
            } catch (MalformedRecordException e) {
                return deadLetter(r, e, LoopMetrics.Reason.MALFORMED, attempt);
            } catch (Exception | StackOverflowError e) {
                if (attempt < settings.policy().maxAttempts()) {
                    LOG.warn("{}: {}-{}@{} failed (attempt {} of {}), retrying: {}", settings.name(), r.topic(), r.partition(),
                            r.offset(), attempt, settings.policy().maxAttempts(), e.toString());
                    pause(settings.policy().backoffBefore(attempt + 1));
                    continue;
                }
                switch (settings.policy().onFailure()) {
                    case SKIP -> {
                        LOG.error("{}: skipping {}-{}@{} after {} attempt(s): {}", settings.name(), r.topic(), r.partition(),
                                r.offset(), attempt, e.toString(), e);
                        return new Outcome(List.of(), null, true);
                    }
                    case FAIL -> throw new Stop(r.topic() + "-" + r.partition() + "@" + r.offset() + " failed " + attempt
                            + " time(s): " + e, e);
                    default -> {
                        return deadLetter(r, e, LoopMetrics.Reason.FAILED, attempt);
                    }
                }
            }
        }
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> r, Throwable e, LoopMetrics.Reason reason, int attempts) {
        LOG.warn("{}: dead-lettering {}-{}@{} after {} attempt(s) ({}): {}", settings.name(), r.topic(), r.partition(), r.offset(),
                attempts, reason.tag, e.toString(), reason == LoopMetrics.Reason.FAILED ? e : null);
        return deadLetter(r, DeadLetters.reason(e), e.getClass().getName(), reason, attempts);
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> r, String why, String exception, LoopMetrics.Reason reason,
                               int attempts) {
        ProducerRecord<String, byte[]> dead = DeadLetters.fitted(DeadLetters.of(r, why, exception, settings.service(), attempts),
                maxRequestSize);
        return new Outcome(List.of(dead), reason, false);
    }

    private static String id(ConsumerRecord<String, byte[]> r) {
        return r.topic() + "-" + r.partition() + "@" + r.offset();
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        return offsets;
    }

    /**
     * Ends the batch before {@code from}: those records are read again by the next poll (each partition's records are
     * in offset order, so they are a tail per partition), and the batch's offsets cover only what was transformed.
     */
    private void cut(KafkaConsumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records, int from) {
        List<ConsumerRecord<String, byte[]>> rest = records.subList(from, records.size());
        LOG.warn("{}: transforming {} record(s) took longer than {} ms; the other {} go to the next batch", settings.name(),
                from, transformBudgetNanos / 1_000_000, rest.size());
        metrics.batchCut();
        rewind(c, new ArrayList<>(rest));
        rest.clear();
    }

    private static void rewind(KafkaConsumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records) {
        rewind(c, records, false);
    }

    /** Seeks each partition of {@code records} back to its first record there; with {@code onlyBack}, never forward. */
    private static void rewind(KafkaConsumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records, boolean onlyBack) {
        Map<TopicPartition, Long> first = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
        }
        Set<TopicPartition> assigned = c.assignment();
        first.forEach((tp, offset) -> {
            // A partition revoked meanwhile is read again by its new owner from the committed offset.
            if (assigned.contains(tp) && (!onlyBack || c.position(tp) > offset)) {
                c.seek(tp, offset);
            }
        });
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> p = new HashMap<>(settings.consumer());
        // Offsets are committed inside the producer's transaction, never by the consumer.
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Only committed input: an aborted upstream transaction must not be processed.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A new group (first start, or a replay) starts from the oldest record rather than only new ones.
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new DetachedBytes());
    }

    private KafkaProducer<String, byte[]> newProducer() {
        return new KafkaProducer<>(new HashMap<>(settings.producer()), new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void close() {
        thread.close();
    }
}
